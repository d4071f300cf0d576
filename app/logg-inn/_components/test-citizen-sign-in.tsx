"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInTestCitizenAction, type TestSignInState } from "../actions";
import { useFocusOnError } from "./use-focus-on-error";

export type PersonOptionGroup = { label: string; options: { value: string; label: string }[] };

const INITIAL: TestSignInState = { error: null, value: "", attempt: 0 };

/** Test sign-in for citizens: pick a seeded person, or type a synthetic fødselsnummer. */
export function TestCitizenSignIn({ groups, neste }: { groups: PersonOptionGroup[]; neste: string }) {
  const t = useTranslations("auth");
  const [pick, pickAction, pickPending] = useActionState(signInTestCitizenAction, INITIAL);
  const [typed, typedAction, typedPending] = useActionState(signInTestCitizenAction, INITIAL);
  const pickRef = useFocusOnError<HTMLSelectElement>(pick.attempt, pick.error !== null);
  const typedRef = useFocusOnError<HTMLInputElement>(typed.attempt, typed.error !== null);

  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
      <form action={pickAction} className="card">
        <input type="hidden" name="mode" value="pick" />
        <input type="hidden" name="neste" value={neste} />
        <div className="field">
          <label htmlFor="test-person" className="field-label">
            {t("test.pickPerson")}
          </label>
          <p id="test-person-hint" className="field-hint m-0">
            {t("test.pickPersonHint")}
          </p>
          {pick.error ? (
            <p id="test-person-error" className="field-error m-0" role="alert">
              {t(`errors.${pick.error}`)}
            </p>
          ) : null}
          <select
            key={`pick-${pick.attempt}`}
            ref={pickRef}
            id="test-person"
            name="nationalId"
            className="select"
            defaultValue={pick.value}
            aria-describedby={pick.error ? "test-person-hint test-person-error" : "test-person-hint"}
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
          {t("test.signInPicked")}
        </button>
      </form>

      <form action={typedAction} className="card">
        <input type="hidden" name="mode" value="typed" />
        <input type="hidden" name="neste" value={neste} />
        <div className="field">
          <label htmlFor="test-national-id" className="field-label">
            {t("test.typeNationalId")}
          </label>
          <p id="test-national-id-hint" className="field-hint m-0">
            {t("test.typeNationalIdHint")}
          </p>
          {typed.error ? (
            <p id="test-national-id-error" className="field-error m-0" role="alert">
              {t(`errors.${typed.error}`)}
            </p>
          ) : null}
          <input
            key={`typed-${typed.attempt}`}
            ref={typedRef}
            id="test-national-id"
            name="nationalId"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            className="input max-w-[16rem]"
            defaultValue={typed.value}
            aria-describedby={typed.error ? "test-national-id-hint test-national-id-error" : "test-national-id-hint"}
            aria-invalid={typed.error ? true : undefined}
          />
        </div>
        <button type="submit" className="btn btn-primary" disabled={typedPending}>
          {t("test.signInTyped")}
        </button>
      </form>
    </div>
  );
}
