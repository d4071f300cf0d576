"use client";

import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { CountedTextarea } from "@/components/form/counted-textarea";
import { ErrorSummary } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import type { DeclineFormState, RenewFormState } from "@/components/medications/form-state";

type Action<S> = (state: S, formData: FormData) => Promise<S>;
type DecisionState = RenewFormState | DeclineFormState;

/**
 * What both decisions share: a titled form for one request, its error summary (the field's error and
 * a refusal that belongs to no field: decided meanwhile, or unexpected) and its submit button.
 */
function DecisionForm(props: {
  /** Also the prefix of the title's id and of the summary's focus key: "forny", "avsla". */
  name: string;
  title: string;
  submit: string;
  formAction: (formData: FormData) => void;
  requestId: string;
  state: DecisionState;
  field: { id: string; error: string | null };
  children: ReactNode;
}) {
  const t = useTranslations("medications");
  const { state } = props;
  return (
    <form action={props.formAction} noValidate aria-labelledby={`${props.name}-tittel`}>
      <h2 id={`${props.name}-tittel`}>{props.title}</h2>
      <input type="hidden" name="requestId" value={props.requestId} />
      <ErrorSummary
        title={t("errors.summaryTitle")}
        items={props.field.error ? [{ href: `#${props.field.id}`, text: props.field.error }] : []}
        focusKey={`${props.name}-${state.attempt}`}
        messages={[
          state.error === "already_decided" && t("decisionErrors.alreadyDecided"),
          state.error === "unexpected" && t("decisionErrors.unexpected"),
        ]}
      />
      {props.children}
      <SubmitButton>{props.submit}</SubmitButton>
    </form>
  );
}

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
  const [state, formAction] = useActionState(action, {
    attempt: 0,
    error: null,
    fieldError: null,
    values: { newEndDate: defaultDate },
  } satisfies RenewFormState);
  const fieldError = state.fieldError ? t(`decisionErrors.newEndDate_${state.fieldError}`) : null;
  return (
    <DecisionForm
      name="forny"
      title={t("decision.renewTitle")}
      submit={t("decision.renewSubmit")}
      formAction={formAction}
      requestId={requestId}
      state={state}
      field={{ id: "ny-sluttdato", error: fieldError }}
    >
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
    </DecisionForm>
  );
}

/** Decline: a reason the citizen reads, counted against the limit the server holds it to. */
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
  const [state, formAction] = useActionState(action, {
    attempt: 0,
    error: null,
    fieldError: null,
    values: { reason: "" },
  } satisfies DeclineFormState);
  const fieldError = state.fieldError
    ? t(`decisionErrors.reason_${state.fieldError}`, { max })
    : null;
  return (
    <DecisionForm
      name="avsla"
      title={t("decision.declineTitle")}
      submit={t("decision.declineSubmit")}
      formAction={formAction}
      requestId={requestId}
      state={state}
      field={{ id: "avslag-grunn", error: fieldError }}
    >
      <CountedTextarea
        key={`grunn-${state.attempt}`}
        id="avslag-grunn"
        name="reason"
        label={t("decision.reasonLabel")}
        hint={t("decision.reasonHint", { max })}
        max={max}
        defaultValue={state.values.reason}
        error={fieldError}
        rows={4}
      />
    </DecisionForm>
  );
}
