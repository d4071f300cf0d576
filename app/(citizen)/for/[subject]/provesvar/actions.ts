"use server";

import { plainFormAction, refuse, unexpectedFormError } from "@/app/_lib/form-action";
import { formText } from "@/lib/forms/form-text";
import { setShowAtOnce, showAtOnceSchema } from "@/lib/record/lab-results/set-show-at-once";

/** "Vis svarene mine med en gang" and its undo: a plain form post (POST-redirect-GET), no JavaScript needed. */
export const setShowAtOnceAction = plainFormAction({
  name: "setShowAtOnceAction",
  actor: "CITIZEN",
  schema: showAtOnceSchema,
  read: (formData) => ({
    subject: formText(formData, "subject"),
    showAtOnce: formText(formData, "showAtOnce"),
  }),
  async work({ actor, input, db }) {
    await setShowAtOnce(db, actor, input);
    return input;
  },
  answer(outcome) {
    // Both fields are hidden: a bad value is a tampered post, which finds nothing.
    if (outcome.kind === "invalid") refuse();
    if (outcome.kind === "unexpected") unexpectedFormError(outcome.errorId);
    return `/for/${encodeURIComponent(outcome.value.subject)}/provesvar?endret=${outcome.value.showAtOnce ? "pa" : "av"}`;
  },
});
