"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { unexpectedMessage } from "@/components/form/unexpected-message";
import {
  PUBLISH_FIELDS,
  type PublishField,
  type PublishFormState,
} from "@/components/appointments/form-state";

type Props = {
  action: (state: PublishFormState, formData: FormData) => Promise<PublishFormState>;
  unitId: string;
  defaults: Record<PublishField, string>;
};

const INITIAL: PublishFormState = { attempt: 0, error: null, fieldErrors: {}, values: {} };
const MODES = ["IN_PERSON", "VIDEO", "PHONE"] as const;

/** Opens a row of slots on a day (publishSlotsSchema on the server). */
export function PublishSlotsForm({ action, unitId, defaults }: Props) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(action, INITIAL);
  const value = (f: PublishField) => (state.attempt > 0 ? (state.values[f] ?? "") : defaults[f]);
  const error = (f: PublishField) =>
    state.fieldErrors[f] ? t(`clinician.fieldErrors.${f}`) : null;
  const items: ErrorSummaryItem[] = PUBLISH_FIELDS.filter((f) => state.fieldErrors[f]).map((f) => ({
    href: f === "mode" ? "#publiser-mode-0" : `#publiser-${f}`,
    text: t(`clinician.fieldErrors.${f}`),
  }));
  const hints: Partial<Record<PublishField, string>> = {
    startTime: t("clinician.fields.startTimeHint"),
    location: t("clinician.fields.locationHint"),
    visitType: t("clinician.fields.visitTypeHint"),
  };

  const input = (
    f: Exclude<PublishField, "mode">,
    type: string,
    extra: Record<string, unknown> = {},
  ) => {
    const label =
      f === "location"
        ? `${t(`clinician.fields.${f}`)} ${t("common.optional")}`
        : t(`clinician.fields.${f}`);
    return (
      <Field id={`publiser-${f}`} label={label} hint={hints[f]} error={error(f)} className="field">
        {(control) => (
          <input
            {...control}
            name={f}
            type={type}
            className="input"
            defaultValue={value(f)}
            required={f !== "location"}
            {...extra}
          />
        )}
      </Field>
    );
  };

  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="unitId" value={unitId} />
      <ErrorSummary
        title={t("common.errorSummaryTitle")}
        items={items}
        messages={[state.error === "unexpected" && unexpectedMessage(t, state.errorId)]}
        focusKey={state.attempt}
      />
      <div key={`felt-${state.attempt}`} className="grid gap-x-6 sm:grid-cols-2">
        {input("day", "date")}
        {input("startTime", "time")}
        {input("count", "number", { min: 1, max: 40, inputMode: "numeric" })}
        {input("durationMinutes", "number", { min: 5, max: 240, step: 5, inputMode: "numeric" })}
        <fieldset
          className="field"
          aria-describedby={error("mode") ? "publiser-mode-feil" : undefined}
        >
          <legend>{t("clinician.fields.mode")}</legend>
          {error("mode") ? (
            <p id="publiser-mode-feil" className="field-error m-0">
              {error("mode")}
            </p>
          ) : null}
          {MODES.map((m, i) => (
            <div key={m} className="choice">
              <input
                type="radio"
                id={`publiser-mode-${i}`}
                name="mode"
                value={m}
                defaultChecked={value("mode") === m}
              />
              <label htmlFor={`publiser-mode-${i}`}>{t(`mode.${m}`)}</label>
            </div>
          ))}
        </fieldset>
        {input("location", "text", { maxLength: 200 })}
        {input("visitType", "text", { maxLength: 100 })}
      </div>
      <SubmitButton>{t("clinician.publish")}</SubmitButton>
    </form>
  );
}
