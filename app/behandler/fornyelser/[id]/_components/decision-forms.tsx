"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import type { DeclineFormState, RenewFormState } from "@/components/medications/form-state";
import { Field } from "@/components/form/field";

type Action<S> = (state: S, formData: FormData) => Promise<S>;

/** Renew: a new end date for the prescription (a date field; works as a plain POST). */
export function RenewForm({
  action,
  requestId,
  defaultDate,
  minDate,
  maxDate,
}: {
  action: Action<RenewFormState>;
  requestId: string;
  defaultDate: string;
  minDate: string;
  maxDate: string;
}) {
  const t = useTranslations("medications");
  const [state, formAction, pending] = useActionState(action, {
    attempt: 0,
    error: null,
    fieldError: null,
    values: { newEndDate: defaultDate },
  } satisfies RenewFormState);
  const fieldError = state.fieldError ? t(`decisionErrors.newEndDate_${state.fieldError}`) : null;
  const message =
    state.error === "already_decided"
      ? t("decisionErrors.alreadyDecided")
      : state.error === "unexpected"
        ? t("decisionErrors.unexpected")
        : null;
  return (
    <form action={formAction} noValidate aria-labelledby="forny-tittel">
      <h2 id="forny-tittel">{t("decision.renewTitle")}</h2>
      <input type="hidden" name="requestId" value={requestId} />
      <ErrorSummary
        title={t("errors.summaryTitle")}
        items={fieldError ? [{ href: "#ny-sluttdato", text: fieldError }] : []}
        focusKey={`forny-${state.attempt}`}
        messages={[message]}
      />
      <Field
        id="ny-sluttdato"
        label={t("decision.newEndDateLabel")}
        hint={t("decision.newEndDateHint")}
        error={fieldError}
        className="field"
      >
        {(control) => (
          <input
            key={`dato-${state.attempt}`}
            name="newEndDate"
            type="date"
            className="input"
            min={minDate}
            max={maxDate}
            defaultValue={state.values.newEndDate}
            {...control}
          />
        )}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("decision.renewSubmit")}
      </button>
    </form>
  );
}

/** Decline: a reason the citizen reads. */
export function DeclineForm({
  action,
  requestId,
  max,
}: {
  action: Action<DeclineFormState>;
  requestId: string;
  max: number;
}) {
  const t = useTranslations("medications");
  const [state, formAction, pending] = useActionState(action, {
    attempt: 0,
    error: null,
    fieldError: null,
    values: { reason: "" },
  } satisfies DeclineFormState);
  const fieldError = state.fieldError
    ? t(`decisionErrors.reason_${state.fieldError}`, { max })
    : null;
  const message =
    state.error === "already_decided"
      ? t("decisionErrors.alreadyDecided")
      : state.error === "unexpected"
        ? t("decisionErrors.unexpected")
        : null;
  return (
    <form action={formAction} noValidate aria-labelledby="avsla-tittel">
      <h2 id="avsla-tittel">{t("decision.declineTitle")}</h2>
      <input type="hidden" name="requestId" value={requestId} />
      <ErrorSummary
        title={t("errors.summaryTitle")}
        items={fieldError ? [{ href: "#avslag-grunn", text: fieldError }] : []}
        focusKey={`avsla-${state.attempt}`}
        messages={[message]}
      />
      <Field
        id="avslag-grunn"
        label={t("decision.reasonLabel")}
        hint={t("decision.reasonHint", { max })}
        error={fieldError}
        className="field max-w-[40rem]"
      >
        {(control) => (
          <textarea
            key={`grunn-${state.attempt}`}
            name="reason"
            rows={4}
            className="textarea"
            defaultValue={state.values.reason}
            {...control}
          />
        )}
      </Field>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("decision.declineSubmit")}
      </button>
    </form>
  );
}
