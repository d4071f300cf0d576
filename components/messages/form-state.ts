/** What the message forms' server actions hand back. Plain data; no Dates or class instances. */
export type MessageFormState = {
  attempt: number;
  error: null | "invalid" | "closed" | "recipient" | "attachment" | "unexpected";
  fieldErrors: {
    topicId?: "required";
    body?: "required" | "too_long";
    attachments?: "type" | "size" | "count";
  };
  values: { topicId: string; body: string };
};

export const INITIAL_MESSAGE_FORM: MessageFormState = {
  attempt: 0,
  error: null,
  fieldErrors: {},
  values: { topicId: "", body: "" },
};

export type ClinicianReplyState = {
  attempt: number;
  error: null | "invalid" | "closed" | "not_in_inbox" | "unexpected";
  fieldErrors: { body?: "required" | "too_long"; toInboxId?: "required"; note?: "too_long" };
  values: { body: string; asUnit: boolean; toInboxId: string; note: string };
};

export const INITIAL_CLINICIAN_REPLY: ClinicianReplyState = {
  attempt: 0,
  error: null,
  fieldErrors: {},
  values: { body: "", asUnit: false, toInboxId: "", note: "" },
};
