"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import type { EmergencyAccessState } from "./form-state";

const INITIAL: EmergencyAccessState = { attempt: 0, error: null, value: "" };

/** Nødtilgang: the reason is required; the warning says what follows before anyone presses the button. */
export function EmergencyAccessForm({ action, personId, min, max }: {
  action: (state: EmergencyAccessState, formData: FormData) => Promise<EmergencyAccessState>;
  personId: string;
  min: number;
  max: number;
}) {
  const t = useTranslations("patientChart.emergency");
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const fieldError = state.error === "too_short" || state.error === "too_long" ? t(`errors.${state.error}`, { min, max }) : null;
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="personId" value={personId} />
      <ErrorSummary
        title={t("errorSummaryTitle")}
        items={fieldError ? [{ href: "#nodtilgang-grunn", text: fieldError }] : []}
        messages={[state.error === "unexpected" && t("errors.unexpected")]}
        focusKey={state.attempt}
      />
      <div className="field max-w-[40rem]">
        <label htmlFor="nodtilgang-grunn" className="field-label">
          {t("label")}
        </label>
        <p id="nodtilgang-grunn-hint" className="field-hint m-0">
          {t("hint", { min })}
        </p>
        {fieldError ? (
          <p id="nodtilgang-grunn-feil" className="field-error m-0">
            {fieldError}
          </p>
        ) : null}
        <textarea
          key={`grunn-${state.attempt}`}
          id="nodtilgang-grunn"
          name="reason"
          rows={3}
          className="textarea"
          maxLength={max}
          defaultValue={state.value}
          aria-describedby={fieldError ? "nodtilgang-grunn-hint nodtilgang-grunn-feil" : "nodtilgang-grunn-hint"}
          aria-invalid={fieldError ? true : undefined}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
