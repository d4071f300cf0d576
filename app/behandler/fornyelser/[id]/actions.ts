"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, refuse } from "@/app/_lib/form-action";
import { renewalPaths } from "@/app/_lib/paths";
import type { DecisionFormState } from "@/components/medications/form-state";
import { formText } from "@/lib/forms/form-text";
import {
  decideRenewal,
  InvalidDecisionError,
  type RenewalDecision,
} from "@/lib/record/medications/decide-renewal";
import { RenewalAlreadyDecidedError } from "@/lib/record/medications/errors";

// The date and the reason are checked by the domain (it knows today and the limits); the request id
// is a hidden field, so a bad one is a tampered post, which finds nothing.
const requestSchema = z.object({ requestId: z.uuid() });

type Decided =
  | { ok: true; status: "RENEWED" | "DECLINED" }
  | { ok: false; alreadyDecided: true }
  | { ok: false; invalid: InvalidDecisionError };

async function decide(work: () => Promise<{ status: "RENEWED" | "DECLINED" }>): Promise<Decided> {
  try {
    return { ok: true, status: (await work()).status };
  } catch (error) {
    if (error instanceof InvalidDecisionError) return { ok: false, invalid: error };
    if (error instanceof RenewalAlreadyDecidedError) return { ok: false, alreadyDecided: true };
    throw error;
  }
}

const read = (formData: FormData) => ({
  requestId: formText(formData, "requestId"),
  newEndDate: formText(formData, "newEndDate").trim(),
  reason: formText(formData, "reason"),
});

/**
 * One decision form's action: read, decide, answer. The two forms differ only in the decision
 * made from their one field, and in which of the domain's objections they can show beside it.
 */
function decisionAction<F extends "newEndDate" | "reason", FieldError extends string>(spec: {
  name: string;
  field: F;
  decision: (typed: string) => RenewalDecision;
  fieldError: (invalid: InvalidDecisionError) => FieldError;
}) {
  return formAction({
    name: spec.name,
    actor: "CLINICIAN",
    schema: requestSchema,
    read,
    work: ({ actor, input, db, raw }) =>
      decide(() =>
        decideRenewal(db, actor, {
          requestId: input.requestId,
          decision: spec.decision(raw[spec.field]),
        }),
      ),
    answer(outcome, { raw, previous }): DecisionFormState<F, FieldError> {
      const values = { [spec.field]: raw[spec.field] } as Record<F, string>;
      const base = { attempt: previous.attempt + 1, values };
      if (outcome.kind === "invalid") refuse();
      if (outcome.kind === "unexpected") return { ...base, error: "unexpected", fieldError: null };
      const decided = outcome.value;
      if (decided.ok) redirect(renewalPaths.request(raw.requestId, { besvart: decided.status }));
      // Someone else answered first: the request's page shows their answer.
      if ("alreadyDecided" in decided) redirect(renewalPaths.request(raw.requestId));
      return { ...base, error: "invalid", fieldError: spec.fieldError(decided.invalid) };
    },
  });
}

/** Renews with the date typed; an invalid date is explained beside the field and kept. */
export const renewAction = decisionAction({
  name: "renewAction",
  field: "newEndDate",
  decision: (newEndDate) => ({ kind: "RENEW", newEndDate }),
  fieldError: (invalid) =>
    invalid.field === "newEndDate" && invalid.why !== "too_long" ? invalid.why : "required",
});

/** Declines with the reason typed; an empty or too long reason is explained and kept. */
export const declineAction = decisionAction({
  name: "declineAction",
  field: "reason",
  decision: (reason) => ({ kind: "DECLINE", reason }),
  fieldError: (invalid) => (invalid.why === "too_long" ? "too_long" : "required"),
});
