"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInTestCitizenAction, type TestSignInState } from "../actions";
import { TestSignInPickForm, TestSignInTypedForm, type OptionGroup } from "./test-sign-in-forms";

export type PersonOptionGroup = OptionGroup;

const INITIAL: TestSignInState = { error: null, value: "", attempt: 0 };

/** Test sign-in for citizens: pick a seeded person, or type a synthetic fødselsnummer. */
export function TestCitizenSignIn({
  groups,
  neste,
}: {
  groups: PersonOptionGroup[];
  neste: string;
}) {
  const t = useTranslations("auth");
  const [pick, pickAction, pickPending] = useActionState(signInTestCitizenAction, INITIAL);
  const [typed, typedAction, typedPending] = useActionState(signInTestCitizenAction, INITIAL);
  return (
    <div className="grid grid-cols-1 gap-6 md:grid-cols-2">
      <TestSignInPickForm
        action={pickAction}
        state={pick}
        pending={pickPending}
        neste={neste}
        id="test-person"
        name="nationalId"
        label={t("test.pickPerson")}
        hint={t("test.pickPersonHint")}
        placeholder={t("test.pickPlaceholder")}
        groups={groups}
        button={t("test.signInPicked")}
      />
      <TestSignInTypedForm
        action={typedAction}
        state={typed}
        pending={typedPending}
        neste={neste}
        id="test-national-id"
        name="nationalId"
        label={t("test.typeNationalId")}
        hint={t("test.typeNationalIdHint")}
        button={t("test.signInTyped")}
      />
    </div>
  );
}
