"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import type { QuestionnaireFormState } from "@/components/appointments/form-state";
import { appointmentPaths } from "@/components/appointments/paths";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { saveQuestionnaire } from "@/lib/appointments/save-questionnaire";
import { getDb } from "@/lib/db/client";
import { logError } from "@/lib/log/log-error";

const ANSWER_PREFIX = "answer:";

// Lengths per item are checked by the domain (validateAnswers); this only bounds the request.
const questionnaireSchema = z.object({
  subject: z.string().min(1).max(64),
  appointmentId: z.uuid(),
  intent: z.enum(["draft", "submit"]),
  answers: z.record(z.string().max(200), z.string().max(10_000)),
});

/** "Lagre utkast" and "Send inn" of the pre-visit form. */
export async function saveQuestionnaireAction(prev: QuestionnaireFormState, formData: FormData): Promise<QuestionnaireFormState> {
  const answers: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith(ANSWER_PREFIX) && typeof value === "string") answers[key.slice(ANSWER_PREFIX.length)] = value;
  }
  const attempt = prev.attempt + 1;
  const parsed = questionnaireSchema.safeParse({
    subject: formData.get("subject"),
    appointmentId: formData.get("appointmentId"),
    // Enter in a text field without a submitter: treat as a draft, never as a submission.
    intent: formData.get("intent") ?? "draft",
    answers,
  });
  if (!parsed.success) return { attempt, status: "unexpected", errors: {}, values: answers };
  const input = parsed.data;
  const actor = await requireActor("CITIZEN");
  let result: Awaited<ReturnType<typeof saveQuestionnaire>>;
  try {
    result = await saveQuestionnaire(getDb(), actor, {
      subject: input.subject,
      appointmentId: input.appointmentId,
      answers: input.answers,
      submit: input.intent === "submit",
    });
  } catch (error) {
    if (isNotFound(error)) notFound();
    logError("saveQuestionnaireAction", error);
    return { attempt, status: "unexpected", errors: {}, values: answers };
  }
  if (result.ok && result.status === "DRAFT") return { attempt, status: "saved", errors: {}, values: answers };
  if (!result.ok && result.reason === "invalid") return { attempt, status: "invalid", errors: result.errors, values: answers };
  if (!result.ok && result.reason === "not_upcoming") return { attempt, status: "not_upcoming", errors: {}, values: answers };
  // Submitted now, or already before (another tab): show the answers read-only.
  redirect(appointmentPaths(input.subject).questionnaire(input.appointmentId, result.ok ? { sendt: "1" } : undefined));
}
