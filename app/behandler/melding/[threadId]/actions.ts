"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, plainFormAction, refuse, unexpectedFormError } from "@/app/_lib/form-action";
import type { ClinicianReplyState } from "@/components/messages/form-state";
import { inboxPaths } from "@/app/_lib/paths";
import { formText } from "@/lib/forms/form-text";
import { ForwardTargetError, NotInInboxError, ThreadClosedError } from "@/lib/messages/errors";
import { forwardThread } from "@/lib/messages/forward-thread";
import { FORWARD_NOTE_MAX, MESSAGE_MAX } from "@/lib/messages/limits";
import { markThreadDone } from "@/lib/messages/mark-done";
import { replyAsClinician } from "@/lib/messages/reply-as-clinician";

const replySchema = z.object({
  threadId: z.uuid(),
  body: z.string().trim().min(1).max(MESSAGE_MAX),
  asUnit: z.boolean(),
});
const forwardSchema = z.object({
  threadId: z.uuid(),
  toInboxId: z.uuid(),
  note: z.string().trim().max(FORWARD_NOTE_MAX),
});

type Refusal = { refused: "closed" | "not_in_inbox" | "target" };

/** The refusals the thread's forms explain; anything else goes on to the shared handling. */
async function explained(work: () => Promise<unknown>): Promise<Refusal | { refused: null }> {
  try {
    await work();
    return { refused: null };
  } catch (error) {
    if (error instanceof ThreadClosedError) return { refused: "closed" };
    if (error instanceof NotInInboxError) return { refused: "not_in_inbox" };
    if (error instanceof ForwardTargetError) return { refused: "target" };
    throw error;
  }
}

function read(formData: FormData) {
  return {
    threadId: formText(formData, "threadId"),
    body: formText(formData, "body"),
    asUnit: formText(formData, "asUnit") === "on",
    toInboxId: formText(formData, "toInboxId"),
    note: formText(formData, "note"),
  };
}

type Raw = ReturnType<typeof read>;
const valuesOf = (raw: Raw) => ({
  body: raw.body,
  asUnit: raw.asUnit,
  toInboxId: raw.toInboxId,
  note: raw.note,
});
/** The thread id is a hidden field: a bad one is a tampered post, which finds nothing. */
const plausibleThread = (raw: Raw) => z.uuid().safeParse(raw.threadId).success;

function answerRefusal(
  refused: Refusal["refused"],
): Pick<ClinicianReplyState, "error" | "fieldErrors"> {
  // The chosen inbox is gone or not ours to choose: say so, keep the note.
  if (refused === "target") return { error: "invalid", fieldErrors: { toInboxId: "required" } };
  return { error: refused, fieldErrors: {} };
}

/** Answer the patient, as oneself or as the unit. */
export const clinicianReplyAction = formAction({
  name: "clinicianReplyAction",
  actor: "CLINICIAN",
  schema: replySchema,
  read,
  work: ({ actor, input, db }) => explained(() => replyAsClinician(db, actor, input)),
  answer(outcome, { raw, previous }): ClinicianReplyState {
    const base = { attempt: previous.attempt + 1, values: valuesOf(raw) };
    switch (outcome.kind) {
      case "invalid":
        if (!plausibleThread(raw)) refuse();
        return {
          ...base,
          error: "invalid",
          fieldErrors: { body: outcome.issues.body?.code === "too_big" ? "too_long" : "required" },
        };
      case "unexpected":
        return { ...base, error: "unexpected", fieldErrors: {} };
      case "done":
        if (outcome.value.refused) return { ...base, ...answerRefusal(outcome.value.refused) };
        redirect(inboxPaths.thread(raw.threadId, { utfort: "svart" }));
    }
  },
});

/** Forward to another inbox with a note for the colleagues there. */
export const forwardAction = formAction({
  name: "forwardAction",
  actor: "CLINICIAN",
  schema: forwardSchema,
  read,
  work: ({ actor, input, db }) => explained(() => forwardThread(db, actor, input)),
  answer(outcome, { raw, previous }): ClinicianReplyState {
    const base = { attempt: previous.attempt + 1, values: valuesOf(raw) };
    switch (outcome.kind) {
      case "invalid": {
        if (!plausibleThread(raw)) refuse();
        const fieldErrors: ClinicianReplyState["fieldErrors"] = {};
        if (outcome.issues.toInboxId) fieldErrors.toInboxId = "required";
        if (outcome.issues.note) fieldErrors.note = "too_long";
        return { ...base, error: "invalid", fieldErrors };
      }
      case "unexpected":
        return { ...base, error: "unexpected", fieldErrors: {} };
      case "done":
        if (outcome.value.refused) return { ...base, ...answerRefusal(outcome.value.refused) };
        redirect(inboxPaths.thread(raw.threadId, { utfort: "videresendt" }));
    }
  },
});

/** Close the thread (a plain form: nothing typed to keep). */
export const markDoneAction = plainFormAction({
  name: "markDoneAction",
  actor: "CLINICIAN",
  schema: z.object({ threadId: z.uuid() }),
  read: (formData) => ({ threadId: formText(formData, "threadId") }),
  work: ({ actor, input, db }) => explained(() => markThreadDone(db, actor, input)),
  answer(outcome, { raw }) {
    if (outcome.kind === "invalid") refuse();
    if (outcome.kind === "unexpected") unexpectedFormError(outcome.errorId);
    // Not in one's inbox looks like not found: nothing to close here.
    if (outcome.value.refused) refuse();
    return inboxPaths.thread(raw.threadId, { utfort: "avsluttet" });
  },
});
