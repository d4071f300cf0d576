"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { CountedTextarea } from "@/components/form/counted-textarea";

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
      <CountedTextarea
        key={`grunn-${state.attempt}`}
        id="skjul-grunn"
        name="reason"
        label={t("reason")}
        hint={t("reasonHint")}
        max={props.max}
        defaultValue={state.reason}
        error={error}
        rows={3}
        required
        className="field max-w-[40rem]"
      />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
