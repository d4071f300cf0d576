"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "./error-summary";
import { PUBLISH_FIELDS, type PublishField, type PublishFormState } from "./form-state";

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
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const value = (f: PublishField) => (state.attempt > 0 ? (state.values[f] ?? "") : defaults[f]);
  const error = (f: PublishField) => (state.fieldErrors[f] ? t(`clinician.fieldErrors.${f}`) : null);
  const items: ErrorSummaryItem[] = PUBLISH_FIELDS.filter((f) => state.fieldErrors[f]).map((f) => ({
    href: f === "mode" ? "#publiser-mode-0" : `#publiser-${f}`,
    text: t(`clinician.fieldErrors.${f}`),
  }));
  const hints: Partial<Record<PublishField, string>> = {
    startTime: t("clinician.fields.startTimeHint"),
    location: t("clinician.fields.locationHint"),
    visitType: t("clinician.fields.visitTypeHint"),
  };

  const input = (f: Exclude<PublishField, "mode">, type: string, extra: Record<string, unknown> = {}) => {
    const id = `publiser-${f}`;
    const e = error(f);
    const described = [hints[f] ? `${id}-hint` : null, e ? `${id}-feil` : null].filter(Boolean).join(" ") || undefined;
    return (
      <div className="field">
        <label htmlFor={id} className="field-label">
          {t(`clinician.fields.${f}`)}
          {f === "location" ? ` ${t("common.optional")}` : null}
        </label>
        {hints[f] ? (
          <p id={`${id}-hint`} className="field-hint m-0">
            {hints[f]}
          </p>
        ) : null}
        {e ? (
          <p id={`${id}-feil`} className="field-error m-0">
            {e}
          </p>
        ) : null}
        <input
          id={id}
          name={f}
          type={type}
          className="input"
          defaultValue={value(f)}
          required={f !== "location"}
          aria-describedby={described}
          aria-invalid={e ? true : undefined}
          {...extra}
        />
      </div>
    );
  };

  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="unitId" value={unitId} />
      <ErrorSummary title={t("common.errorSummaryTitle")} items={items} focusKey={state.attempt}>
        {state.error === "unexpected" ? <p>{t("common.unexpected")}</p> : null}
      </ErrorSummary>
      <div key={`felt-${state.attempt}`} className="grid gap-x-6 sm:grid-cols-2">
        {input("day", "date")}
        {input("startTime", "time")}
        {input("count", "number", { min: 1, max: 40, inputMode: "numeric" })}
        {input("durationMinutes", "number", { min: 5, max: 240, step: 5, inputMode: "numeric" })}
        <fieldset className="field" aria-describedby={error("mode") ? "publiser-mode-feil" : undefined}>
          <legend>{t("clinician.fields.mode")}</legend>
          {error("mode") ? (
            <p id="publiser-mode-feil" className="field-error m-0">
              {error("mode")}
            </p>
          ) : null}
          {MODES.map((m, i) => (
            <div key={m} className="choice">
              <input type="radio" id={`publiser-mode-${i}`} name="mode" value={m} defaultChecked={value("mode") === m} />
              <label htmlFor={`publiser-mode-${i}`}>{t(`mode.${m}`)}</label>
            </div>
          ))}
        </fieldset>
        {input("location", "text", { maxLength: 200 })}
        {input("visitType", "text", { maxLength: 100 })}
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("clinician.publish")}
      </button>
    </form>
  );
}
