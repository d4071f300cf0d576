"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import type { DeclineFormState, RenewFormState } from "@/components/medications/form-state";

type Action<S> = (state: S, formData: FormData) => Promise<S>;

/** Renew: a new end date for the prescription (a date field; works as a plain POST). */
export function RenewForm({ action, requestId, defaultDate, minDate, maxDate }: { action: Action<RenewFormState>; requestId: string; defaultDate: string; minDate: string; maxDate: string }) {
  const t = useTranslations("medications");
  const [state, formAction, pending] = useActionState(action, { attempt: 0, error: null, fieldError: null, values: { newEndDate: defaultDate } } satisfies RenewFormState);
  const fieldError = state.fieldError ? t(`decisionErrors.newEndDate_${state.fieldError}`) : null;
  const message = state.error === "already_decided" ? t("decisionErrors.alreadyDecided") : state.error === "unavailable" ? t("decisionErrors.unavailable") : state.error === "unexpected" ? t("decisionErrors.unexpected") : null;
  return (
    <form action={formAction} noValidate aria-labelledby="forny-tittel">
      <h2 id="forny-tittel">{t("decision.renewTitle")}</h2>
      <input type="hidden" name="requestId" value={requestId} />
      <ErrorSummary title={t("errors.summaryTitle")} items={fieldError ? [{ href: "#ny-sluttdato", text: fieldError }] : []} focusKey={`forny-${state.attempt}`} messages={[message]} />
      <div className="field">
        <label htmlFor="ny-sluttdato" className="field-label">
          {t("decision.newEndDateLabel")}
        </label>
        <p id="ny-sluttdato-hint" className="field-hint m-0">
          {t("decision.newEndDateHint")}
        </p>
        {fieldError ? (
          <p id="ny-sluttdato-feil" className="field-error m-0">
            {fieldError}
          </p>
        ) : null}
        <input
          key={`dato-${state.attempt}`}
          id="ny-sluttdato"
          name="newEndDate"
          type="date"
          className="input"
          min={minDate}
          max={maxDate}
          defaultValue={state.values.newEndDate}
          aria-describedby={fieldError ? "ny-sluttdato-hint ny-sluttdato-feil" : "ny-sluttdato-hint"}
          aria-invalid={fieldError ? true : undefined}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("decision.renewSubmit")}
      </button>
    </form>
  );
}

/** Decline: a reason the citizen reads. */
export function DeclineForm({ action, requestId, max }: { action: Action<DeclineFormState>; requestId: string; max: number }) {
  const t = useTranslations("medications");
  const [state, formAction, pending] = useActionState(action, { attempt: 0, error: null, fieldError: null, values: { reason: "" } } satisfies DeclineFormState);
  const fieldError = state.fieldError ? t(`decisionErrors.reason_${state.fieldError}`, { max }) : null;
  const message = state.error === "already_decided" ? t("decisionErrors.alreadyDecided") : state.error === "unavailable" ? t("decisionErrors.unavailable") : state.error === "unexpected" ? t("decisionErrors.unexpected") : null;
  return (
    <form action={formAction} noValidate aria-labelledby="avsla-tittel">
      <h2 id="avsla-tittel">{t("decision.declineTitle")}</h2>
      <input type="hidden" name="requestId" value={requestId} />
      <ErrorSummary title={t("errors.summaryTitle")} items={fieldError ? [{ href: "#avslag-grunn", text: fieldError }] : []} focusKey={`avsla-${state.attempt}`} messages={[message]} />
      <div className="field max-w-[40rem]">
        <label htmlFor="avslag-grunn" className="field-label">
          {t("decision.reasonLabel")}
        </label>
        <p id="avslag-grunn-hint" className="field-hint m-0">
          {t("decision.reasonHint", { max })}
        </p>
        {fieldError ? (
          <p id="avslag-grunn-feil" className="field-error m-0">
            {fieldError}
          </p>
        ) : null}
        <textarea
          key={`grunn-${state.attempt}`}
          id="avslag-grunn"
          name="reason"
          rows={4}
          className="textarea"
          defaultValue={state.values.reason}
          aria-describedby={fieldError ? "avslag-grunn-hint avslag-grunn-feil" : "avslag-grunn-hint"}
          aria-invalid={fieldError ? true : undefined}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("decision.declineSubmit")}
      </button>
    </form>
  );
}
