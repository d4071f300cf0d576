import type { AnswerError, Answers } from "@/lib/appointments/questionnaire-form";

/** What the server actions hand back to their forms. Plain data; no Dates or class instances. */

export const REASON_MAX = 500;

/** Why a change or cancellation is refused, with what the person needs to call the unit. */
export type DeadlineInfo = {
  why: "deadline" | "past" | "not_booked";
  hours: number;
  unitName: string;
  phone: string | null;
};

/** What the form shows when the unit's deadline has passed (from DeadlinePassedError's fields). */
export function deadlineInfo(error: {
  why: DeadlineInfo["why"];
  deadlineHours: number;
  unitName: string;
  unitPhone: string | null;
}): DeadlineInfo {
  return {
    why: error.why,
    hours: error.deadlineHours,
    unitName: error.unitName,
    phone: error.unitPhone,
  };
}

export type BookFormState = {
  attempt: number;
  error: null | "invalid" | "slot_taken" | "slot_not_bookable" | "unexpected";
  fieldErrors: { reason?: "required" | "too_long"; slotId?: "required" };
  values: { reason: string; slotId: string };
  /** The logged id of an unexpected error, for the person to quote. */
  errorId?: string;
};

export type ChangeFormState = {
  attempt: number;
  error: null | "invalid" | "slot_taken" | "slot_not_bookable" | "deadline" | "unexpected";
  deadline: DeadlineInfo | null;
  fieldErrors: { newSlotId?: "required" };
  values: { newSlotId: string };
  errorId?: string;
};

export type CancelFormState = {
  attempt: number;
  error: null | "invalid" | "deadline" | "unexpected";
  deadline: DeadlineInfo | null;
  fieldErrors: { reason?: "too_long" };
  values: { reason: string };
  errorId?: string;
};

export type QuestionnaireFormState = {
  attempt: number;
  status: "idle" | "saved" | "invalid" | "not_upcoming" | "unexpected";
  errors: Record<string, AnswerError>;
  values: Answers;
  errorId?: string;
};

export const PUBLISH_FIELDS = [
  "day",
  "startTime",
  "count",
  "durationMinutes",
  "mode",
  "location",
  "visitType",
] as const;
export type PublishField = (typeof PUBLISH_FIELDS)[number];

export type PublishFormState = {
  attempt: number;
  error: null | "invalid" | "unexpected";
  fieldErrors: Partial<Record<PublishField, true>>;
  values: Partial<Record<PublishField, string>>;
  errorId?: string;
};

/** Form field name for a questionnaire item (linkIds may hold any character). */
export function answerFieldName(linkId: string): string {
  return `answer:${linkId}`;
}
