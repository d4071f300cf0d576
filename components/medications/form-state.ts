/** What the medication server actions hand back to their forms. Plain data only. */

export type RenewalRequestFormState = {
  attempt: number;
  error: null | "invalid" | "already_requested" | "not_renewable" | "unexpected";
  fieldErrors: { medicationId?: "required"; note?: "too_long" };
  values: { medicationId: string; note: string };
};

/** A clinician's decision on a renewal request: the one field typed is kept, its error beside it. */
export type DecisionFormState<Field extends string, FieldError extends string> = {
  attempt: number;
  error: null | "invalid" | "already_decided" | "unexpected";
  fieldError: null | FieldError;
  values: Record<Field, string>;
};

export type RenewFormState = DecisionFormState<"newEndDate", "required" | "not_future" | "too_far">;

export type DeclineFormState = DecisionFormState<"reason", "required" | "too_long">;
