"use server";

import { plainFormAction, refuse } from "@/app/_lib/form-action";
import { liftShielding, shieldClinician, shieldingSchema } from "@/lib/shielding/shielding";
import { formText } from "@/lib/forms/form-text";

const pagePath = (subject: string, query: string) =>
  `/for/${encodeURIComponent(subject)}/sperring?${query}`;
const read = (formData: FormData) => ({
  subject: formText(formData, "subject"),
  clinicianId: formText(formData, "clinicianId"),
});
/** A subject that cannot be one (hidden field tampered with) finds nothing. */
const plausibleSubject = (subject: string) => subject.length > 0 && subject.length <= 64;

/** Plain-form actions (POST-redirect-GET), so shielding works without JavaScript. */
export const shieldClinicianAction = plainFormAction({
  name: "shieldClinicianAction",
  actor: "CITIZEN",
  schema: shieldingSchema,
  read,
  work: ({ actor, input, db }) => shieldClinician(db, actor, input),
  answer(outcome, { raw }) {
    if (!plausibleSubject(raw.subject)) refuse();
    if (outcome.kind === "invalid") return pagePath(raw.subject, "feil=velg");
    if (outcome.kind === "unexpected")
      return pagePath(raw.subject, `feil=uventet&ref=${outcome.errorId}`);
    return pagePath(raw.subject, "utfort=sperret");
  },
});

export const liftShieldingAction = plainFormAction({
  name: "liftShieldingAction",
  actor: "CITIZEN",
  schema: shieldingSchema,
  read,
  work: ({ actor, input, db }) => liftShielding(db, actor, input),
  answer(outcome, { raw }) {
    // Both fields are hidden: a bad value is a tampered post, which finds nothing.
    if (outcome.kind === "invalid") refuse();
    if (outcome.kind === "unexpected")
      return pagePath(raw.subject, `feil=uventet&ref=${outcome.errorId}`);
    return pagePath(raw.subject, "utfort=opphevet");
  },
});
