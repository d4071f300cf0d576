"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import type { QuestionnaireFormState } from "@/components/appointments/form-state";
import { appointmentPaths } from "@/app/_lib/paths";
import { formAction } from "@/app/_lib/form-action";
import { saveQuestionnaire } from "@/lib/appointments/save-questionnaire";

const ANSWER_PREFIX = "answer:";

// Lengths per item are checked by the domain (validateAnswers); this only bounds the request.
const questionnaireSchema = z.object({
  subject: z.string().min(1).max(64),
  appointmentId: z.uuid(),
  intent: z.enum(["draft", "submit"]),
  answers: z.record(z.string().max(200), z.string().max(10_000)),
});

/** "Lagre utkast" and "Send inn" of the pre-visit form. */
export const saveQuestionnaireAction = formAction({
  name: "saveQuestionnaireAction",
  actor: "CITIZEN",
  schema: questionnaireSchema,
  read(formData) {
    const answers: Record<string, string> = {};
    for (const [key, value] of formData.entries()) {
      if (key.startsWith(ANSWER_PREFIX) && typeof value === "string")
        answers[key.slice(ANSWER_PREFIX.length)] = value;
    }
    return {
      subject: formData.get("subject"),
      appointmentId: formData.get("appointmentId"),
      // Enter in a text field without a submitter: treat as a draft, never as a submission.
      intent: formData.get("intent") ?? "draft",
      answers,
    };
  },
  async work({ actor, input, db }) {
    const result = await saveQuestionnaire(db, actor, {
      subject: input.subject,
      appointmentId: input.appointmentId,
      answers: input.answers,
      submit: input.intent === "submit",
    });
    return { result, subject: input.subject, appointmentId: input.appointmentId };
  },
  answer(outcome, { raw, previous }): QuestionnaireFormState {
    const base = { attempt: previous.attempt + 1, errors: {}, values: raw.answers };
    if (outcome.kind === "invalid") return { ...base, status: "unexpected" };
    if (outcome.kind === "unexpected")
      return { ...base, status: "unexpected", errorId: outcome.errorId };
    const { result, subject, appointmentId } = outcome.value;
    if (result.ok && result.status === "DRAFT") return { ...base, status: "saved" };
    if (!result.ok && result.reason === "invalid")
      return { ...base, status: "invalid", errors: result.errors };
    if (!result.ok && result.reason === "not_upcoming") return { ...base, status: "not_upcoming" };
    // Submitted now, or already before (another tab): show the answers read-only.
    redirect(
      appointmentPaths(subject).questionnaire(
        appointmentId,
        result.ok ? { sendt: "1" } : undefined,
      ),
    );
  },
});
