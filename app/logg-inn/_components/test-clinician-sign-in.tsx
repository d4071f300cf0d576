"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInTestClinicianAction, type TestSignInState } from "../actions";
import { useFocusOnError } from "./use-focus-on-error";

export type ClinicianOptionGroup = { label: string; options: { value: string; label: string }[] };

const INITIAL: TestSignInState = { error: null, value: "", attempt: 0 };

/** Test sign-in for health personnel: pick a seeded clinician (in a role), or type an HPR number. */
export function TestClinicianSignIn({ groups, neste }: { groups: ClinicianOptionGroup[]; neste: string }) {
  const t = useTranslations("auth");
  const [pick, pickAction, pickPending] = useActionState(signInTestClinicianAction, INITIAL);
  const [typed, typedAction, typedPending] = useActionState(signInTestClinicianAction, INITIAL);
  const pickRef = useFocusOnError<HTMLSelectElement>(pick.attempt, pick.error !== null);
  const typedRef = useFocusOnError<HTMLInputElement>(typed.attempt, typed.error !== null);

  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
      <form action={pickAction} className="card">
        <input type="hidden" name="mode" value="pick" />
        <input type="hidden" name="neste" value={neste} />
        <div className="field">
          <label htmlFor="test-clinician" className="field-label">
            {t("test.pickClinician")}
          </label>
          {pick.error ? (
            <p id="test-clinician-error" className="field-error m-0" role="alert">
              {t(`errors.${pick.error}`)}
            </p>
          ) : null}
          <select
            key={`pick-${pick.attempt}`}
            ref={pickRef}
            id="test-clinician"
            name="clinician"
            className="select"
            defaultValue={pick.value}
            aria-describedby={pick.error ? "test-clinician-error" : undefined}
            aria-invalid={pick.error ? true : undefined}
          >
            <option value="">{t("test.pickPlaceholder")}</option>
            {groups.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-primary" disabled={pickPending}>
          {t("test.signInClinician")}
        </button>
      </form>

      <form action={typedAction} className="card">
        <input type="hidden" name="mode" value="typed" />
        <input type="hidden" name="neste" value={neste} />
        <div className="field">
          <label htmlFor="test-hpr" className="field-label">
            {t("test.typeHpr")}
          </label>
          <p id="test-hpr-hint" className="field-hint m-0">
            {t("test.typeHprHint")}
          </p>
          {typed.error ? (
            <p id="test-hpr-error" className="field-error m-0" role="alert">
              {t(`errors.${typed.error}`)}
            </p>
          ) : null}
          <input
            key={`typed-${typed.attempt}`}
            ref={typedRef}
            id="test-hpr"
            name="hprNumber"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            className="input max-w-[16rem]"
            defaultValue={typed.value}
            aria-describedby={typed.error ? "test-hpr-hint test-hpr-error" : "test-hpr-hint"}
            aria-invalid={typed.error ? true : undefined}
          />
        </div>
        <fieldset key={`role-${typed.attempt}`} className="field">
          <legend className="field-label">{t("test.role")}</legend>
          <label className="choice">
            <input type="radio" name="role" value="CLINICIAN" defaultChecked={typed.role !== "ORG_ADMIN"} />
            <span>{t("test.roleClinician")}</span>
          </label>
          <label className="choice">
            <input type="radio" name="role" value="ORG_ADMIN" defaultChecked={typed.role === "ORG_ADMIN"} />
            <span>{t("test.roleOrgAdmin")}</span>
          </label>
        </fieldset>
        <button type="submit" className="btn btn-primary" disabled={typedPending}>
          {t("test.signInHpr")}
        </button>
      </form>
    </div>
  );
}
