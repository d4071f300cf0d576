"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";

export type HideState = { attempt: number; error: "too_short" | "too_long" | null; reason: string };

const INITIAL: HideState = { attempt: 0, error: null, reason: "" };

/** "Ikke vis til foresatte" with a required reason; a plain form post, keeps the reason on an error. */
export function HideFromGuardiansForm(props: {
  action: (state: HideState, formData: FormData) => Promise<HideState>;
  personId: string;
  observationId: string;
  min: number;
  max: number;
}) {
  const t = useTranslations("labResults.hide");
  const [state, formAction, pending] = useActionState(props.action, INITIAL);
  const error = state.error ? t(`errors.${state.error}`, { min: props.min, max: props.max }) : null;
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="personId" value={props.personId} />
      <input type="hidden" name="observationId" value={props.observationId} />
      <input type="hidden" name="hidden" value="ja" />
      <ErrorSummary
        title={t("errorTitle")}
        items={error ? [{ href: "#skjul-grunn", text: error }] : []}
        focusKey={state.attempt}
      />
      <Field
        id="skjul-grunn"
        label={t("reason")}
        hint={t("reasonHint")}
        error={error}
        className="field max-w-[40rem]"
      >
        {(control) => (
          <textarea
            key={`grunn-${state.attempt}`}
            name="reason"
            rows={3}
            className="textarea"
            defaultValue={state.reason}
            {...control}
          />
        )}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
