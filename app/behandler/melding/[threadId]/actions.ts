"use server";

import { logError } from "@/lib/log/log-error";
import { redirect } from "next/navigation";
import { refuse } from "@/app/_lib/form-action";
import { z } from "zod";
import type { ClinicianReplyState } from "@/components/messages/form-state";
import { inboxPaths } from "@/components/messages/paths";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { ForwardTargetError, NotInInboxError, ThreadClosedError } from "@/lib/messages/errors";
import { forwardThread } from "@/lib/messages/forward-thread";
import { FORWARD_NOTE_MAX, MESSAGE_MAX } from "@/lib/messages/limits";
import { markThreadDone } from "@/lib/messages/mark-done";
import { replyAsClinician } from "@/lib/messages/reply-as-clinician";

const replySchema = z.object({ threadId: z.uuid(), body: z.string().trim().min(1).max(MESSAGE_MAX), asUnit: z.boolean() });
const forwardSchema = z.object({ threadId: z.uuid(), toInboxId: z.uuid(), note: z.string().trim().max(FORWARD_NOTE_MAX) });

function refusal(error: unknown): ClinicianReplyState["error"] {
  if (error instanceof ThreadClosedError) return "closed";
  if (error instanceof NotInInboxError) return "not_in_inbox";
  if (isNotFound(error)) refuse();
  logError("clinician message action", error);
  return "unexpected";
}

function read(prev: ClinicianReplyState, formData: FormData) {
  const values = { body: formText(formData, "body"), asUnit: formText(formData, "asUnit") === "on", toInboxId: formText(formData, "toInboxId"), note: formText(formData, "note") };
  return { threadId: formText(formData, "threadId"), values, base: { attempt: prev.attempt + 1, values } };
}

/** Answer the patient, as oneself or as the unit. */
export async function clinicianReplyAction(prev: ClinicianReplyState, formData: FormData): Promise<ClinicianReplyState> {
  const { threadId, values, base } = read(prev, formData);
  const parsed = replySchema.safeParse({ threadId, body: values.body, asUnit: values.asUnit });
  if (!parsed.success) {
    if (!z.uuid().safeParse(threadId).success) refuse();
    const tooLong = parsed.error.issues.some((i) => i.code === "too_big");
    return { ...base, error: "invalid", fieldErrors: { body: tooLong ? "too_long" : "required" } };
  }
  try {
    await replyAsClinician(getDb(), await requireActor("CLINICIAN"), parsed.data);
  } catch (error) {
    return { ...base, error: refusal(error), fieldErrors: {} };
  }
  redirect(inboxPaths.thread(parsed.data.threadId, { utfort: "svart" }));
}

/** Forward to another inbox with a note for the colleagues there. */
export async function forwardAction(prev: ClinicianReplyState, formData: FormData): Promise<ClinicianReplyState> {
  const { threadId, values, base } = read(prev, formData);
  const parsed = forwardSchema.safeParse({ threadId, toInboxId: values.toInboxId, note: values.note });
  if (!parsed.success) {
    if (!z.uuid().safeParse(threadId).success) refuse();
    const fieldErrors: ClinicianReplyState["fieldErrors"] = {};
    for (const issue of parsed.error.issues) {
      if (issue.path[0] === "toInboxId") fieldErrors.toInboxId = "required";
      if (issue.path[0] === "note") fieldErrors.note = "too_long";
    }
    return { ...base, error: "invalid", fieldErrors };
  }
  try {
    await forwardThread(getDb(), await requireActor("CLINICIAN"), parsed.data);
  } catch (error) {
    if (error instanceof ForwardTargetError) {
      // The chosen inbox is gone or not ours to choose: say so, keep the note.
      return { ...base, error: "invalid", fieldErrors: { toInboxId: "required" } };
    }
    return { ...base, error: refusal(error), fieldErrors: {} };
  }
  redirect(inboxPaths.thread(parsed.data.threadId, { utfort: "videresendt" }));
}

/** Close the thread (a plain form: nothing typed to keep). */
export async function markDoneAction(formData: FormData): Promise<void> {
  const parsed = z.object({ threadId: z.uuid() }).safeParse({ threadId: formText(formData, "threadId") });
  if (!parsed.success) refuse();
  try {
    await markThreadDone(getDb(), await requireActor("CLINICIAN"), parsed.data);
  } catch (error) {
    if (isNotFound(error) || error instanceof NotInInboxError) refuse();
    throw error;
  }
  redirect(inboxPaths.thread(parsed.data.threadId, { utfort: "avsluttet" }));
}
