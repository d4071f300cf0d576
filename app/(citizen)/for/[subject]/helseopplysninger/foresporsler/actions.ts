"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, refuse, type FieldIssues } from "@/app/_lib/form-action";
import type { FilingField, FilingFormState } from "@/components/formal-requests/form-state";
import { formalRequestPaths } from "@/app/_lib/paths";
import { UnitNotOfferedError } from "@/lib/formal-requests/errors";
import {
  fileFormalRequest,
  formalRequestFields,
  requireByKind,
} from "@/lib/formal-requests/file-request";
import { formText } from "@/lib/forms/form-text";

const filingSchema = z
  .object({ subject: z.string().min(1).max(64), ...formalRequestFields })
  .superRefine(requireByKind);

const FIELDS: readonly FilingField[] = ["kind", "unitId", "concerns", "correction", "reason"];

function fieldErrors(issues: FieldIssues): FilingFormState["fieldErrors"] {
  const errors: FilingFormState["fieldErrors"] = {};
  for (const field of FIELDS) {
    const issue = issues[field];
    if (issue) errors[field] = issue.code === "too_big" ? "too_long" : "required";
  }
  return errors;
}

/** "Send forespørselen": files the request and shows it; every problem is explained and what was typed kept. */
export const fileFormalRequestAction = formAction({
  name: "fileFormalRequestAction",
  actor: "CITIZEN",
  schema: filingSchema,
  read: (formData) => ({
    subject: formText(formData, "subject"),
    kind: formText(formData, "kind"),
    unitId: formText(formData, "unitId"),
    concerns: formText(formData, "concerns"),
    correction: formText(formData, "correction"),
    reason: formText(formData, "reason"),
  }),
  async work({ actor, input, db }) {
    try {
      const { id } = await fileFormalRequest(db, actor, input);
      return { id, subject: input.subject };
    } catch (error) {
      if (error instanceof UnitNotOfferedError) return null;
      throw error;
    }
  },
  answer(outcome, { raw, previous }): FilingFormState {
    // The subject is a hidden field: a value that cannot be one is a tampered post, which finds nothing.
    if (!raw.subject || raw.subject.length > 64) refuse();
    const { subject: _subject, ...values } = raw;
    const base = { attempt: previous.attempt + 1, values, fieldErrors: {} };
    switch (outcome.kind) {
      case "invalid":
        return { ...base, error: "invalid", fieldErrors: fieldErrors(outcome.issues) };
      case "unexpected":
        return { ...base, error: "unexpected", errorId: outcome.errorId };
      case "done":
        if (!outcome.value)
          return { ...base, error: "unit_gone", fieldErrors: { unitId: "required" } };
        redirect(
          formalRequestPaths(outcome.value.subject).request(outcome.value.id, { sendt: "1" }),
        );
    }
  },
});
