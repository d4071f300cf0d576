"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
// Type-only: the module itself pulls in zod, which the browser does not need.
import type { Answers, FormItem } from "@/lib/appointments/questionnaire-form";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { unexpectedMessage } from "@/components/form/unexpected-message";
import { answerFieldName, type QuestionnaireFormState } from "@/components/appointments/form-state";

type Props = {
  action: (state: QuestionnaireFormState, formData: FormData) => Promise<QuestionnaireFormState>;
  subject: string;
  appointmentId: string;
  items: readonly FormItem[];
  initial: Answers;
  maxLength: { short: number; long: number };
};

const INITIAL: QuestionnaireFormState = { attempt: 0, status: "idle", errors: {}, values: {} };

/** The first focusable control of an item, for the error summary's links. */
const controlId = (item: FormItem, i: number) =>
  item.type === "boolean" || item.type === "choice" ? `sporsmal-${i}-0` : `sporsmal-${i}`;

/**
 * A pre-visit form (FHIR items) with "Lagre utkast" and "Send inn" as two submit buttons of one
 * form (name="intent"). Errors show per field and in a summary; typed values are kept.
 */
export function QuestionnaireForm(props: Props) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(props.action, INITIAL);
  const values = state.attempt > 0 ? state.values : props.initial;
  const message = (item: FormItem) => {
    const error = state.errors[item.linkId];
    if (!error) return null;
    return t(`form.errors.${error}`, {
      max: item.type === "string" ? props.maxLength.short : props.maxLength.long,
    });
  };
  const summary: ErrorSummaryItem[] = props.items.flatMap((item, i) => {
    const m = message(item);
    return m ? [{ href: `#${controlId(item, i)}`, text: `${item.text} ${m}` }] : [];
  });

  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="subject" value={props.subject} />
      <input type="hidden" name="appointmentId" value={props.appointmentId} />
      <ErrorSummary
        title={t("common.errorSummaryTitle")}
        items={summary}
        messages={[
          state.status === "not_upcoming" && t("form.notUpcoming"),
          state.status === "unexpected" && unexpectedMessage(t, state.errorId),
        ]}
        focusKey={state.attempt}
      />
      {state.status === "saved" ? (
        <div role="status" className="alert alert-success">
          <p>{t("form.draftSaved")}</p>
        </div>
      ) : null}

      <div key={`svar-${state.attempt}`}>
        {props.items.map((item, i) => {
          const error = message(item);
          const errorId = `sporsmal-${i}-feil`;
          const value = values[item.linkId] ?? "";
          const optional = item.required ? null : (
            <span className="font-normal"> {t("common.optional")}</span>
          );
          if (item.type === "boolean" || item.type === "choice") {
            const choices =
              item.type === "boolean"
                ? [
                    { code: "true", display: t("form.yes") },
                    { code: "false", display: t("form.no") },
                  ]
                : item.options;
            return (
              <fieldset
                key={item.linkId}
                className="field"
                aria-describedby={error ? errorId : undefined}
              >
                <legend>
                  {item.text}
                  {optional}
                </legend>
                {error ? (
                  <p id={errorId} className="field-error m-0">
                    {error}
                  </p>
                ) : null}
                <div className={item.type === "boolean" ? "flex flex-wrap gap-x-6" : ""}>
                  {choices.map((c, j) => (
                    <div key={c.code} className="choice">
                      <input
                        type="radio"
                        id={`sporsmal-${i}-${j}`}
                        name={answerFieldName(item.linkId)}
                        value={c.code}
                        defaultChecked={value === c.code}
                        required={item.required}
                      />
                      <label htmlFor={`sporsmal-${i}-${j}`}>{c.display}</label>
                    </div>
                  ))}
                </div>
              </fieldset>
            );
          }
          const id = `sporsmal-${i}`;
          const common = {
            id,
            name: answerFieldName(item.linkId),
            defaultValue: value,
            required: item.required,
            "aria-describedby": error ? errorId : undefined,
            "aria-invalid": error ? true : undefined,
          };
          return (
            <div key={item.linkId} className="field max-w-[40rem]">
              <label htmlFor={id} className="field-label">
                {item.text}
                {optional}
              </label>
              {error ? (
                <p id={errorId} className="field-error m-0">
                  {error}
                </p>
              ) : null}
              {item.type === "string" ? (
                <input
                  type="text"
                  className="input"
                  maxLength={props.maxLength.short}
                  {...common}
                />
              ) : (
                <textarea
                  rows={4}
                  className="textarea"
                  maxLength={props.maxLength.long}
                  {...common}
                />
              )}
            </div>
          );
        })}
      </div>

      {/* "Lagre utkast" comes first, so Enter in a text field saves rather than sends. */}
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="draft" primary={false}>
          {t("form.saveDraft")}
        </SubmitButton>
        <SubmitButton name="intent" value="submit">
          {t("form.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
