"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { PatientLookupState } from "./form-state";

const INITIAL: PatientLookupState = { attempt: 0, error: null, value: "" };

/** "Finn pasient": a national identity number, kept with a clear message when it is wrong. */
export function PatientLookupForm({ action }: { action: (state: PatientLookupState, formData: FormData) => Promise<PatientLookupState> }) {
  const t = useTranslations("patientChart.lookup");
  const [state, formAction, pending] = useActionState(action, INITIAL);
  return (
    <form action={formAction} noValidate className="max-w-[30rem]">
      <div className="field">
        <label htmlFor="pasient-fnr" className="field-label">
          {t("label")}
        </label>
        {state.error ? (
          <p id="pasient-fnr-feil" className="field-error m-0" role="alert">
            {t(`errors.${state.error}`)}
          </p>
        ) : null}
        <input
          key={`fnr-${state.attempt}`}
          id="pasient-fnr"
          name="nationalId"
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          className="input max-w-[16rem]"
          defaultValue={state.value}
          // Focus returns to the field only after a refused lookup, so the error is read with it.
          // eslint-disable-next-line jsx-a11y/no-autofocus
          autoFocus={state.attempt > 0 && state.error !== null}
          aria-describedby={state.error ? "pasient-fnr-feil" : undefined}
          aria-invalid={state.error ? true : undefined}
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
