/** What the formal request actions hand back to their forms. Plain data only. */

export type FilingField = "kind" | "unitId" | "concerns" | "correction" | "reason";

export type FilingFormState = {
  attempt: number;
  error: null | "invalid" | "unit_gone" | "unexpected";
  errorId?: string;
  fieldErrors: Partial<Record<FilingField, "required" | "too_long">>;
  values: { kind: string; unitId: string; concerns: string; correction: string; reason: string };
};

export const INITIAL_FILING_FORM: FilingFormState = {
  attempt: 0,
  error: null,
  fieldErrors: {},
  values: { kind: "", unitId: "", concerns: "", correction: "", reason: "" },
};

export type AnswerFormState = {
  attempt: number;
  error: null | "invalid" | "unexpected";
  errorId?: string;
  fieldErrors: { outcome?: "required"; answer?: "required" | "too_long" };
  values: { outcome: string; answer: string };
};

export const INITIAL_ANSWER_FORM: AnswerFormState = {
  attempt: 0,
  error: null,
  fieldErrors: {},
  values: { outcome: "", answer: "" },
};
