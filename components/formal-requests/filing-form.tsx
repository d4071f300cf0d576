"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CountedTextarea } from "@/components/form/counted-textarea";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { textError } from "@/components/form/text-error";
import { INITIAL_FILING_FORM, type FilingFormState } from "./form-state";

const KINDS = ["ACCESS", "CORRECTION", "DELETION"] as const;

type Props = {
  action: (state: FilingFormState, formData: FormData) => Promise<FilingFormState>;
  subject: string;
  units: readonly { id: string; label: string }[];
  max: number;
  deadlineNote: string;
};

/**
 * "Ny forespørsel": kind, unit, what it concerns, what it should say (retting) and why. A plain form
 * that works without JavaScript; every field keeps what was typed when something must be fixed.
 */
export function FilingForm(props: Props) {
  const t = useTranslations("formalRequests");
  const [state, formAction] = useActionState(props.action, INITIAL_FILING_FORM);
  const fe = state.fieldErrors;
  const tooLong = t("errors.tooLong", { max: props.max });
  const errors = {
    kind: fe.kind ? t("errors.kindRequired") : null,
    unitId: fe.unitId
      ? state.error === "unit_gone"
        ? t("errors.unitGone")
        : t("errors.unitRequired")
      : null,
    concerns: textError(fe.concerns, { required: t("errors.concernsRequired"), tooLong }),
    correction: textError(fe.correction, { required: t("errors.correctionRequired"), tooLong }),
    reason: textError(fe.reason, { required: t("errors.reasonRequired"), tooLong }),
  };
  const anchors = {
    kind: "#type-ACCESS",
    unitId: "#enhet",
    concerns: "#gjelder",
    correction: "#retting",
    reason: "#hvorfor",
  };
  const items: ErrorSummaryItem[] = (Object.keys(errors) as (keyof typeof errors)[])
    .filter((k) => errors[k])
    .map((k) => ({ href: anchors[k], text: errors[k]! }));

  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="subject" value={props.subject} />
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
        aria-describedby={errors.kind ? "type-feil" : undefined}
      >
        <legend className="field-label">{t("form.kindLegend")}</legend>
        {errors.kind ? (
          <p id="type-feil" className="field-error m-0">
            {errors.kind}
          </p>
        ) : null}
        <ul role="list" className="plain-list">
          {KINDS.map((kind) => (
            <li key={`${kind}-${state.attempt}`} className="choice">
              <input
                type="radio"
                id={`type-${kind}`}
                name="kind"
                value={kind}
                defaultChecked={state.values.kind === kind}
                aria-describedby={`type-${kind}-hint`}
              />
              <div>
                <label htmlFor={`type-${kind}`}>{t(`kindLong.${kind}`)}</label>
                <p id={`type-${kind}-hint`} className="field-hint m-0">
                  {t(`kindHint.${kind}`)}
                </p>
              </div>
            </li>
          ))}
        </ul>
      </fieldset>

      <Field id="enhet" label={t("form.unitLabel")} hint={t("form.unitHint")} error={errors.unitId}>
        {(control) => (
          <select
            key={`enhet-${state.attempt}`}
            {...control}
            name="unitId"
            className="select"
            defaultValue={state.values.unitId}
          >
            <option value="">{t("form.unitPlaceholder")}</option>
            {props.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </select>
        )}
      </Field>

      <CountedTextarea
        key={`gjelder-${state.attempt}`}
        id="gjelder"
        name="concerns"
        label={t("form.concernsLabel")}
        hint={t("form.concernsHint", { max: props.max })}
        max={props.max}
        defaultValue={state.values.concerns}
        error={errors.concerns}
      />
      <CountedTextarea
        key={`retting-${state.attempt}`}
        id="retting"
        name="correction"
        label={t("form.correctionLabel")}
        hint={t("form.correctionHint", { max: props.max })}
        max={props.max}
        defaultValue={state.values.correction}
        error={errors.correction}
        rows={4}
      />
      <CountedTextarea
        key={`hvorfor-${state.attempt}`}
        id="hvorfor"
        name="reason"
        label={t("form.reasonLabel")}
        hint={t("form.reasonHint", { max: props.max })}
        max={props.max}
        defaultValue={state.values.reason}
        error={errors.reason}
        rows={4}
      />

      <p>{props.deadlineNote}</p>
      <SubmitButton>{t("form.submit")}</SubmitButton>
    </form>
  );
}
