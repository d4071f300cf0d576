"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import {
  signInTestCitizenAction,
  signInTestClinicianAction,
  type TestSignInState,
} from "../actions";
import { TestSignInPickForm, TestSignInTypedForm, type OptionGroup } from "./test-sign-in-forms";

export type { OptionGroup };

const INITIAL: TestSignInState = { error: null, value: "", attempt: 0 };

/** One form's field (id and name) and its texts, as keys in the auth messages. */
type FormTexts = { id: string; name: string; label: string; hint?: string; button: string };

/** What differs between the two kinds: the action, and each form's field and texts (auth keys). */
const KINDS = {
  citizen: {
    action: signInTestCitizenAction,
    pick: {
      id: "test-person",
      name: "nationalId",
      label: "test.pickPerson",
      hint: "test.pickPersonHint",
      button: "test.signInPicked",
    },
    typed: {
      id: "test-national-id",
      name: "nationalId",
      label: "test.typeNationalId",
      hint: "test.typeNationalIdHint",
      button: "test.signInTyped",
    },
  },
  clinician: {
    action: signInTestClinicianAction,
    pick: {
      id: "test-clinician",
      name: "clinician",
      label: "test.pickClinician",
      button: "test.signInClinician",
    },
    typed: {
      id: "test-hpr",
      name: "hprNumber",
      label: "test.typeHpr",
      hint: "test.typeHprHint",
      button: "test.signInHpr",
    },
  },
} as const;

/**
 * Test sign-in, two forms side by side: pick a seeded identity, or type a number. For citizens the
 * number is a synthetic fødselsnummer; for health personnel an HPR number, with the role to act in.
 */
export function TestSignIn({
  kind,
  groups,
  neste,
}: {
  kind: keyof typeof KINDS;
  groups: OptionGroup[];
  neste: string;
}) {
  const t = useTranslations("auth");
  const { action, pick, typed } = KINDS[kind];
  const [picked, pickAction, pickPending] = useActionState(action, INITIAL);
  const [typedState, typedAction, typedPending] = useActionState(action, INITIAL);
  const field = (f: FormTexts) => ({
    id: f.id,
    name: f.name,
    label: t(f.label),
    hint: f.hint ? t(f.hint) : undefined,
    button: t(f.button),
  });
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
      <TestSignInPickForm
        action={pickAction}
        state={picked}
        pending={pickPending}
        neste={neste}
        {...field(pick)}
        placeholder={t("test.pickPlaceholder")}
        groups={groups}
      />
      <TestSignInTypedForm
        action={typedAction}
        state={typedState}
        pending={typedPending}
        neste={neste}
        {...field(typed)}
      >
        {kind === "clinician" ? (
          <fieldset key={`role-${typedState.attempt}`} className="field">
            <legend className="field-label">{t("test.role")}</legend>
            <label className="choice">
              <input
                type="radio"
                name="role"
                value="CLINICIAN"
                defaultChecked={typedState.role !== "ORG_ADMIN"}
              />
              <span>{t("test.roleClinician")}</span>
            </label>
            <label className="choice">
              <input
                type="radio"
                name="role"
                value="ORG_ADMIN"
                defaultChecked={typedState.role === "ORG_ADMIN"}
              />
              <span>{t("test.roleOrgAdmin")}</span>
            </label>
          </fieldset>
        ) : null}
      </TestSignInTypedForm>
    </div>
  );
}
