"use server";

import { redirect } from "next/navigation";
import { formAction, plainFormAction, refuse, unexpectedFormError } from "@/app/_lib/form-action";
import type { HideState } from "@/components/lab-results/hide-form";
import { formText } from "@/lib/forms/form-text";
import {
  hideFromGuardiansSchema,
  setHiddenFromGuardians,
} from "@/lib/record/lab-results/hide-from-guardians";

const back = (personId: string, done: string) =>
  `/behandler/pasient/${personId}?provesvar=${done}#pasientens-provesvar`;

/** Marks one result "ikke vis til foresatte" with a reason; keeps the reason on an error. */
export const hideFromGuardiansAction = formAction({
  name: "hideFromGuardiansAction",
  actor: "CLINICIAN",
  schema: hideFromGuardiansSchema,
  read: (formData) => ({
    personId: formText(formData, "personId"),
    observationId: formText(formData, "observationId"),
    hidden: true as const,
    reason: formText(formData, "reason"),
  }),
  async work({ actor, input, db }) {
    await setHiddenFromGuardians(db, actor, input);
    return input.personId;
  },
  answer(outcome, { raw, previous }): HideState {
    const base = { attempt: previous.attempt + 1, reason: raw.reason };
    switch (outcome.kind) {
      case "invalid": {
        // Only the reason is typed; anything else wrong is a tampered post, which finds nothing.
        const issue = outcome.issues.reason;
        if (!issue) refuse();
        return { ...base, error: issue.code === "too_big" ? "too_long" : "too_short" };
      }
      case "unexpected":
        return unexpectedFormError(outcome.errorId);
      case "done":
        redirect(back(outcome.value, "skjult"));
    }
  },
});

/** Lifts the mark: a plain form post. */
export const showToGuardiansAction = plainFormAction({
  name: "showToGuardiansAction",
  actor: "CLINICIAN",
  schema: hideFromGuardiansSchema,
  read: (formData) => ({
    personId: formText(formData, "personId"),
    observationId: formText(formData, "observationId"),
    hidden: false as const,
  }),
  async work({ actor, input, db }) {
    await setHiddenFromGuardians(db, actor, input);
    return input.personId;
  },
  answer(outcome) {
    if (outcome.kind === "invalid") refuse();
    if (outcome.kind === "unexpected") unexpectedFormError(outcome.errorId);
    return back(outcome.value, "vist");
  },
});
