"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CountedTextarea } from "@/components/form/counted-textarea";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { textError } from "@/components/form/text-error";
import { INITIAL_ANSWER_FORM, type AnswerFormState } from "./form-state";

type Props = {
  action: (state: AnswerFormState, formData: FormData) => Promise<AnswerFormState>;
  requestId: string;
  personId: string;
  kind: "ACCESS" | "CORRECTION" | "DELETION";
  max: number;
};

/** The clinician's answer: done (innsyn given, corrected, deleted) or refused with a reason. */
export function AnswerForm(props: Props) {
  const t = useTranslations("formalRequests");
  const [state, formAction] = useActionState(props.action, INITIAL_ANSWER_FORM);
  const outcomeError = state.fieldErrors.outcome ? t("errors.outcomeRequired") : null;
  const answerError = textError(state.fieldErrors.answer, {
    required: t("errors.answerRequired"),
    tooLong: t("errors.tooLong", { max: props.max }),
  });
  const items: ErrorSummaryItem[] = [];
  if (outcomeError) items.push({ href: "#utfall-ANSWERED", text: outcomeError });
  if (answerError) items.push({ href: "#svar", text: answerError });
  const options = [
    { value: "ANSWERED", label: t(`clinician.outcome.ANSWERED_${props.kind}`) },
    { value: "REFUSED", label: t("clinician.outcome.REFUSED") },
  ];
  return (
    <form action={formAction} noValidate aria-labelledby="svar-tittel">
      <h2 id="svar-tittel">{t("clinician.answerTitle")}</h2>
      <input type="hidden" name="requestId" value={props.requestId} />
      <input type="hidden" name="personId" value={props.personId} />
      <ErrorSummary
        title={t("errors.summaryTitle")}
        items={items}
        focusKey={state.attempt}
        messages={[
          state.error === "unexpected" && t("errors.unexpected", { id: state.errorId ?? "?" }),
        ]}
      />
      <fieldset
        className="field max-w-none"
        aria-describedby={outcomeError ? "utfall-hint utfall-feil" : "utfall-hint"}
      >
        <legend className="field-label">{t("clinician.outcomeLegend")}</legend>
        <p id="utfall-hint" className="field-hint m-0">
          {t("clinician.refusalNote")}
        </p>
        {outcomeError ? (
          <p id="utfall-feil" className="field-error m-0">
            {outcomeError}
          </p>
        ) : null}
        <ul role="list" className="plain-list">
          {options.map((o) => (
            <li key={`${o.value}-${state.attempt}`} className="choice">
              <input
                type="radio"
                id={`utfall-${o.value}`}
                name="outcome"
                value={o.value}
                defaultChecked={state.values.outcome === o.value}
              />
              <label htmlFor={`utfall-${o.value}`}>{o.label}</label>
            </li>
          ))}
        </ul>
      </fieldset>
      <CountedTextarea
        key={`svar-${state.attempt}`}
        id="svar"
        name="answer"
        label={t("clinician.answerLabel")}
        hint={t("clinician.answerHint", { max: props.max })}
        max={props.max}
        defaultValue={state.values.answer}
        error={answerError}
      />
      <SubmitButton>{t("clinician.submit")}</SubmitButton>
    </form>
  );
}
