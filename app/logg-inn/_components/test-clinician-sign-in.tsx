"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInTestClinicianAction, type TestSignInState } from "../actions";
import { TestSignInPickForm, TestSignInTypedForm, type OptionGroup } from "./test-sign-in-forms";

export type ClinicianOptionGroup = OptionGroup;

const INITIAL: TestSignInState = { error: null, value: "", attempt: 0 };

/** Test sign-in for health personnel: pick a seeded clinician (in a role), or type an HPR number. */
export function TestClinicianSignIn({
  groups,
  neste,
}: {
  groups: ClinicianOptionGroup[];
  neste: string;
}) {
  const t = useTranslations("auth");
  const [pick, pickAction, pickPending] = useActionState(signInTestClinicianAction, INITIAL);
  const [typed, typedAction, typedPending] = useActionState(signInTestClinicianAction, INITIAL);
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
      <TestSignInPickForm
        action={pickAction}
        state={pick}
        pending={pickPending}
        neste={neste}
        id="test-clinician"
        name="clinician"
        label={t("test.pickClinician")}
        placeholder={t("test.pickPlaceholder")}
        groups={groups}
        button={t("test.signInClinician")}
      />
      <TestSignInTypedForm
        action={typedAction}
        state={typed}
        pending={typedPending}
        neste={neste}
        id="test-hpr"
        name="hprNumber"
        label={t("test.typeHpr")}
        hint={t("test.typeHprHint")}
        button={t("test.signInHpr")}
      >
        <fieldset key={`role-${typed.attempt}`} className="field">
          <legend className="field-label">{t("test.role")}</legend>
          <label className="choice">
            <input
              type="radio"
              name="role"
              value="CLINICIAN"
              defaultChecked={typed.role !== "ORG_ADMIN"}
            />
            <span>{t("test.roleClinician")}</span>
          </label>
          <label className="choice">
            <input
              type="radio"
              name="role"
              value="ORG_ADMIN"
              defaultChecked={typed.role === "ORG_ADMIN"}
            />
            <span>{t("test.roleOrgAdmin")}</span>
          </label>
        </fieldset>
      </TestSignInTypedForm>
    </div>
  );
}
