import type { Questionnaire, QuestionnaireItem, QuestionnaireResponse } from "@medplum/fhirtypes";
import { z } from "zod";

/**
 * Pre-visit forms are FHIR R4 Questionnaires (the shape helsenorge's form tools use), so a unit's
 * e-check-in can be exchanged rather than re-typed. The portal renders this small subset.
 */
export type FormItem = {
  linkId: string;
  text: string;
  type: "boolean" | "string" | "text" | "choice";
  required: boolean;
  options: { code: string; display: string }[];
};

export type Answers = Record<string, string>;

const SUPPORTED = new Set(["boolean", "string", "text", "choice"]);

export function parseQuestionnaire(fhir: unknown): FormItem[] {
  const q = fhir as Questionnaire;
  const items: QuestionnaireItem[] = Array.isArray(q?.item) ? q.item : [];
  return items
    .filter((i) => i.linkId && i.text && SUPPORTED.has(i.type))
    .map((i) => ({
      linkId: i.linkId,
      text: i.text ?? "",
      type: i.type as FormItem["type"],
      required: i.required === true,
      options: (i.answerOption ?? [])
        .map((o) => ({
          code: o.valueCoding?.code ?? o.valueString ?? "",
          display: o.valueCoding?.display ?? o.valueString ?? "",
        }))
        .filter((o) => o.code !== ""),
    }));
}

export const MAX_SHORT_ANSWER = 200;
export const MAX_LONG_ANSWER = 2000;

export type AnswerError = "required" | "too_long" | "invalid_choice";

/** Checks answers against the form. A draft may be incomplete; a submission must answer required items. */
export function validateAnswers(
  items: FormItem[],
  answers: Answers,
  submit: boolean,
): Record<string, AnswerError> {
  const errors: Record<string, AnswerError> = {};
  for (const item of items) {
    const raw = (answers[item.linkId] ?? "").trim();
    if (raw === "") {
      if (submit && item.required) errors[item.linkId] = "required";
      continue;
    }
    const schema =
      item.type === "boolean"
        ? z.enum(["true", "false"])
        : item.type === "choice"
          ? z.string().refine((v) => item.options.some((o) => o.code === v))
          : z.string().max(item.type === "string" ? MAX_SHORT_ANSWER : MAX_LONG_ANSWER);
    if (!schema.safeParse(raw).success) {
      errors[item.linkId] =
        item.type === "string" || item.type === "text" ? "too_long" : "invalid_choice";
    }
  }
  return errors;
}

export function buildResponse(
  questionnaireId: string,
  items: FormItem[],
  answers: Answers,
  status: "in-progress" | "completed",
  authored: Date,
): QuestionnaireResponse {
  return {
    resourceType: "QuestionnaireResponse",
    questionnaire: `Questionnaire/${questionnaireId}`,
    status,
    authored: authored.toISOString(),
    item: items
      .filter((i) => (answers[i.linkId] ?? "").trim() !== "")
      .map((i) => {
        const v = (answers[i.linkId] ?? "").trim();
        const option = i.options.find((o) => o.code === v);
        return {
          linkId: i.linkId,
          text: i.text,
          answer: [
            i.type === "boolean"
              ? { valueBoolean: v === "true" }
              : i.type === "choice"
                ? { valueCoding: { code: v, display: option?.display ?? v } }
                : { valueString: v },
          ],
        };
      }),
  };
}

/** Turns a stored response back into form values (to show a draft or the submitted answers). */
export function responseToAnswers(fhir: unknown): Answers {
  const r = fhir as QuestionnaireResponse;
  const answers: Answers = {};
  for (const item of r?.item ?? []) {
    const a = item.answer?.[0];
    if (!a) continue;
    if (typeof a.valueBoolean === "boolean") answers[item.linkId] = String(a.valueBoolean);
    else if (a.valueCoding?.code) answers[item.linkId] = a.valueCoding.code;
    else if (typeof a.valueString === "string") answers[item.linkId] = a.valueString;
  }
  return answers;
}
