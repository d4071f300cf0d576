"use server";

import { formAction, unexpectedFormError } from "@/app/_lib/form-action";
import type { ReleaseState } from "@/components/lab-results/release-form";
import { releaseWorkPaths } from "@/app/_lib/paths";
import { formText } from "@/lib/forms/form-text";
import { decodeCursor } from "@/lib/messages/cursor";
import { releaseResults, releaseSchema } from "@/lib/record/lab-results/release-results";
import { redirect } from "next/navigation";

/** Releases the ticked results (each through the gate, logged); on bad input keeps what was ticked and typed. */
export const releaseResultsAction = formAction({
  name: "releaseResultsAction",
  actor: "CLINICIAN",
  schema: releaseSchema,
  read: (formData) => ({
    items: formData.getAll("items").filter((v): v is string => typeof v === "string"),
    comment: formText(formData, "comment"),
    // The page the form was on, so the clinician comes back to it (not part of the release).
    etter: formText(formData, "etter"),
    foer: formText(formData, "foer"),
  }),
  work: ({ actor, input, db }) => releaseResults(db, actor, input),
  answer(outcome, { raw, previous }): ReleaseState {
    const base = { attempt: previous.attempt + 1, comment: raw.comment, selected: raw.items };
    switch (outcome.kind) {
      case "invalid":
        return { ...base, error: outcome.issues.comment ? "too_long" : "choose" };
      case "unexpected":
        return unexpectedFormError(outcome.errorId);
      case "done":
        redirect(
          releaseWorkPaths.workList({
            // Only a well-formed cursor goes back into the URL; anything else means the first page.
            ...(decodeCursor(raw.etter) ? { etter: raw.etter } : {}),
            ...(decodeCursor(raw.foer) ? { foer: raw.foer } : {}),
            frigitt: outcome.value.released,
            hoppet: outcome.value.skipped,
          }),
        );
    }
  },
});
