/** What the medication server actions hand back to their forms. Plain data only. */

export type RenewalRequestFormState = {
  attempt: number;
  error: null | "invalid" | "already_requested" | "not_renewable" | "unexpected";
  fieldErrors: { medicationId?: "required"; note?: "too_long" };
  values: { medicationId: string; note: string };
};

export type RenewFormState = {
  attempt: number;
  error: null | "invalid" | "already_decided" | "unexpected";
  fieldError: null | "required" | "not_future" | "too_far";
  values: { newEndDate: string };
};

export type DeclineFormState = {
  attempt: number;
  error: null | "invalid" | "already_decided" | "unexpected";
  fieldError: null | "required" | "too_long";
  values: { reason: string };
};
