"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { EmergencyAccessForm } from "@/components/record/emergency-access-form";
import type {
  EmergencyAccessState,
  EmergencyIneligible,
  PatientLookupState,
} from "@/components/record/form-state";

const INITIAL: PatientLookupState = { attempt: 0, error: null, value: "", emergency: null };
const EMERGENCY_INITIAL: EmergencyAccessState = {
  attempt: 0,
  error: null,
  value: "",
  nationalId: "",
};

type Props = {
  action: (state: PatientLookupState, formData: FormData) => Promise<PatientLookupState>;
  emergency: {
    action: (state: EmergencyAccessState, formData: FormData) => Promise<EmergencyAccessState>;
    minutes: number;
    min: number;
    max: number;
  };
};

/**
 * "Finn pasient": a national identity number, kept with a clear message when it is wrong. Without
 * access the answer is the same whoever the number belongs to; where this clinician may use
 * emergency access, that path follows for the same number.
 */
export function PatientLookupForm({ action, emergency }: Props) {
  const t = useTranslations("patientChart.lookup");
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const [emergencyState, emergencyAction, emergencyPending] = useActionState(
    emergency.action,
    EMERGENCY_INITIAL,
  );
  // After a plain (no JavaScript) post of the emergency form only its own state comes back: it then
  // shows again for the number it carried.
  const emergencyFor =
    state.error === "no_access" && state.emergency === "offered"
      ? state.value
      : emergencyState.error
        ? emergencyState.nationalId
        : null;
  const ineligible =
    state.error === "no_access" && state.emergency !== null && state.emergency !== "offered"
      ? state.emergency
      : null;
  return (
    <>
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
            autoFocus={state.attempt > 0 && state.error !== null && state.error !== "no_access"}
            aria-describedby={state.error ? "pasient-fnr-feil" : undefined}
            aria-invalid={state.error && state.error !== "no_access" ? true : undefined}
          />
        </div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {t("submit")}
        </button>
      </form>
      {ineligible ? <EmergencyNotAllowed reason={ineligible} /> : null}
      {emergencyFor !== null ? (
        <EmergencyAccessForm
          key={`nod-${state.attempt}`}
          state={emergencyState}
          formAction={emergencyAction}
          pending={emergencyPending}
          nationalId={emergencyFor}
          minutes={emergency.minutes}
          min={emergency.min}
          max={emergency.max}
        />
      ) : null}
    </>
  );
}

/** Said plainly, and about the clinician only: the same for every number typed. */
function EmergencyNotAllowed({ reason }: { reason: EmergencyIneligible }) {
  const t = useTranslations("patientChart.emergency.notAllowed");
  return (
    <section aria-labelledby="nodtilgang-ikke-tittel" className="mt-8">
      <h2 id="nodtilgang-ikke-tittel">{t("title")}</h2>
      <div className="alert alert-warning">
        <p>{t(reason)}</p>
      </div>
      <p className="max-w-prose">{t("help")}</p>
    </section>
  );
}
