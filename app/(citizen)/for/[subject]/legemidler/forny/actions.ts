"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, onlyFields } from "@/app/_lib/form-action";
import type { RenewalRequestFormState } from "@/components/medications/form-state";
import { medicationPaths } from "@/app/_lib/paths";
import { formText } from "@/lib/forms/form-text";
import { NotRenewableError, RenewalAlreadyRequestedError } from "@/lib/record/medications/errors";
import { RENEWAL_NOTE_MAX, requestRenewal } from "@/lib/record/medications/request-renewal";

const schema = z.object({
  subject: z.string().min(1).max(64),
  medicationId: z.uuid(),
  note: z.string().trim().max(RENEWAL_NOTE_MAX),
});

/**
 * Sends a renewal request; a medication that cannot be renewed or already has an open request gets
 * a message that keeps what was typed. Another person's medication (or a refused subject) is "not
 * found", as for every other form.
 */
export const requestRenewalAction = formAction({
  name: "requestRenewalAction",
  actor: "CITIZEN",
  schema,
  read: (formData) => ({
    subject: formText(formData, "subject"),
    medicationId: formText(formData, "medicationId"),
    note: formText(formData, "note"),
  }),
  async work({ actor, input, db }) {
    try {
      const { id } = await requestRenewal(db, actor, {
        subject: input.subject,
        medicationId: input.medicationId,
        note: input.note,
      });
      return { ok: true as const, id, subject: input.subject };
    } catch (error) {
      if (error instanceof RenewalAlreadyRequestedError)
        return { ok: false as const, error: "already_requested" as const };
      if (error instanceof NotRenewableError)
        return { ok: false as const, error: "not_renewable" as const };
      throw error;
    }
  },
  answer(outcome, { raw, previous }): RenewalRequestFormState {
    const base = {
      attempt: previous.attempt + 1,
      values: { medicationId: raw.medicationId, note: raw.note },
      fieldErrors: {},
    };
    switch (outcome.kind) {
      case "invalid": {
        const fieldErrors: RenewalRequestFormState["fieldErrors"] = {};
        if (outcome.issues.medicationId) fieldErrors.medicationId = "required";
        if (outcome.issues.note) fieldErrors.note = "too_long";
        return {
          ...base,
          error: onlyFields(outcome.issues, ["medicationId", "note"]) ? "invalid" : "unexpected",
          fieldErrors,
        };
      }
      case "unexpected":
        return { ...base, error: "unexpected" };
      case "done":
        if (!outcome.value.ok) return { ...base, error: outcome.value.error };
        redirect(medicationPaths(outcome.value.subject).list({ sendt: outcome.value.id }));
    }
  },
});
