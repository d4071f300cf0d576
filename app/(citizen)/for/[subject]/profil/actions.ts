"use server";

import { redirect } from "next/navigation";
import { formAction, onlyFields, plainFormAction, refuse } from "@/app/_lib/form-action";
import type { ContactFormState } from "@/components/profile/form-state";
import { formText } from "@/lib/forms/form-text";
import { contactSchema, updateContact } from "@/lib/profile/update-contact";
import {
  notificationSettingsSchema,
  readSettings,
  updateNotificationSettings,
} from "@/lib/profile/update-notification-settings";

const profilePath = (subject: string, query: string) =>
  `/for/${encodeURIComponent(subject)}/profil?${query}`;
/** A subject that cannot be one (hidden field tampered with) finds nothing. */
const plausibleSubject = (subject: string) => subject.length > 0 && subject.length <= 64;

/** Phone and e-mail. A bad value is shown again with what to fix; nothing is changed. */
export const updateContactAction = formAction({
  name: "updateContactAction",
  actor: "CITIZEN",
  schema: contactSchema,
  read: (formData) => ({
    subject: formText(formData, "subject"),
    phone: formText(formData, "phone"),
    phoneBefore: formText(formData, "phoneBefore"),
    email: formText(formData, "email"),
  }),
  work: ({ actor, input, db }) => updateContact(db, actor, input),
  answer(outcome, { raw, previous }): ContactFormState {
    if (!plausibleSubject(raw.subject)) refuse();
    const base: ContactFormState = {
      attempt: previous.attempt + 1,
      values: { phone: raw.phone, email: raw.email },
      fieldErrors: {},
      error: null,
    };
    switch (outcome.kind) {
      case "invalid": {
        if (!onlyFields(outcome.issues, ["phone", "email", "phoneBefore"])) refuse();
        return {
          ...base,
          error: "invalid",
          fieldErrors: {
            ...(outcome.issues.phone ? { phone: "phoneInvalid" as const } : {}),
            ...(outcome.issues.email ? { email: "emailInvalid" as const } : {}),
          },
        };
      }
      case "unexpected":
        return { ...base, error: "unexpected", errorId: outcome.errorId };
      case "done":
        redirect(profilePath(raw.subject, "lagret=kontakt"));
    }
  },
});

/** Notification settings: a plain form of checkboxes (POST-redirect-GET). */
export const updateNotificationSettingsAction = plainFormAction({
  name: "updateNotificationSettingsAction",
  actor: "CITIZEN",
  schema: notificationSettingsSchema,
  read: (formData) => ({
    subject: formText(formData, "subject"),
    settings: readSettings(formData),
  }),
  work: ({ actor, input, db }) => updateNotificationSettings(db, actor, input),
  answer(outcome, { raw }) {
    // Every field is a checkbox or hidden: an invalid post is tampering, which finds nothing.
    if (outcome.kind === "invalid" || !plausibleSubject(raw.subject)) refuse();
    if (outcome.kind === "unexpected")
      return profilePath(raw.subject, `feil=uventet&ref=${outcome.errorId}`);
    return profilePath(raw.subject, "lagret=varsler");
  },
});
