"use client";

import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/form/error-summary";
import type { EmergencyAccessState } from "./form-state";
import { Field } from "@/components/form/field";

/**
 * Nødtilgang, for the number just looked up: the reason is required; the warning says what follows
 * before anyone presses the button.
 */
export function EmergencyAccessForm({
  state,
  formAction,
  pending,
  nationalId,
  minutes,
  min,
  max,
}: {
  state: EmergencyAccessState;
  formAction: (formData: FormData) => void;
  pending: boolean;
  nationalId: string;
  minutes: number;
  min: number;
  max: number;
}) {
  const t = useTranslations("patientChart.emergency");
  const fieldError =
    state.error === "too_short" || state.error === "too_long"
      ? t(`errors.${state.error}`, { min, max })
      : null;
  return (
    <section aria-labelledby="nodtilgang-tittel" className="mt-8">
      <h2 id="nodtilgang-tittel">{t("title")}</h2>
      <p className="max-w-prose">{t("intro", { minutes })}</p>
      <div className="alert alert-warning">
        <p>{t("warning")}</p>
      </div>
      <form action={formAction} noValidate>
        <input type="hidden" name="nationalId" value={nationalId} />
        <ErrorSummary
          title={t("errorSummaryTitle")}
          items={fieldError ? [{ href: "#nodtilgang-grunn", text: fieldError }] : []}
          messages={[
            (state.error === "unexpected" || state.error === "refused") &&
              t(`errors.${state.error}`),
          ]}
          focusKey={state.attempt}
        />
        <Field
          id="nodtilgang-grunn"
          label={t("label")}
          hint={t("hint", { min })}
          error={fieldError}
          className="field max-w-[40rem]"
        >
          {(control) => (
            <textarea
              key={`grunn-${state.attempt}`}
              name="reason"
              rows={3}
              className="textarea"
              maxLength={max}
              defaultValue={state.value}
              {...control}
            />
          )}
        </Field>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {t("submit")}
        </button>
      </form>
    </section>
  );
}
