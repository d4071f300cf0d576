"use server";

import { logError } from "@/lib/log/log-error";
import { redirect } from "next/navigation";
import { refuse } from "@/app/_lib/form-action";
import { z } from "zod";
import type { MessageFormState } from "@/components/messages/form-state";
import { messagePaths } from "@/components/messages/paths";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { AttachmentRejectedError, cleanAttachments } from "@/lib/messages/clean-attachments";
import { RecipientNotAllowedError, ThreadClosedError } from "@/lib/messages/errors";
import { MESSAGE_MAX } from "@/lib/messages/limits";
import { replyAsCitizen } from "@/lib/messages/reply-as-citizen";
import { startThread } from "@/lib/messages/start-thread";

const body = z.string().trim().min(1).max(MESSAGE_MAX);
const composeSchema = z.object({ subject: z.string().min(1).max(64), topicId: z.uuid(), body });
const replySchema = z.object({ subject: z.string().min(1).max(64), threadId: z.uuid(), body });

function fieldErrors(issues: z.core.$ZodIssue[]): MessageFormState["fieldErrors"] {
  const errors: MessageFormState["fieldErrors"] = {};
  for (const issue of issues) {
    if (issue.path[0] === "body") errors.body = issue.code === "too_big" ? "too_long" : "required";
    if (issue.path[0] === "topicId") errors.topicId = "required";
  }
  return errors;
}

const files = (formData: FormData) => formData.getAll("attachments").filter((v): v is File => typeof v !== "string");

/** "Ny melding": validates, cleans the attachments, starts the thread and shows it. */
export async function startThreadAction(prev: MessageFormState, formData: FormData): Promise<MessageFormState> {
  const raw = { subject: formText(formData, "subject"), topicId: formText(formData, "topicId"), body: formText(formData, "body") };
  const base = { attempt: prev.attempt + 1, values: { topicId: raw.topicId, body: raw.body } };
  const parsed = composeSchema.safeParse(raw);
  if (!parsed.success) {
    if (!raw.subject || raw.subject.length > 64) refuse();
    return { ...base, error: "invalid", fieldErrors: fieldErrors(parsed.error.issues) };
  }
  const actor = await requireActor("CITIZEN");
  let threadId: string;
  try {
    const attachments = await cleanAttachments(files(formData));
    ({ threadId } = await startThread(getDb(), actor, { ...parsed.data, attachments }));
  } catch (error) {
    if (error instanceof AttachmentRejectedError) return { ...base, error: "attachment", fieldErrors: { attachments: error.problem } };
    if (error instanceof RecipientNotAllowedError) return { ...base, error: "recipient", fieldErrors: {} };
    if (isNotFound(error)) refuse();
    logError("startThreadAction", error);
    return { ...base, error: "unexpected", fieldErrors: {} };
  }
  redirect(messagePaths(parsed.data.subject).thread(threadId, { sendt: "1" }));
}

/** An answer in an open thread. */
export async function replyAction(prev: MessageFormState, formData: FormData): Promise<MessageFormState> {
  const raw = { subject: formText(formData, "subject"), threadId: formText(formData, "threadId"), body: formText(formData, "body") };
  const base = { attempt: prev.attempt + 1, values: { topicId: "", body: raw.body } };
  const parsed = replySchema.safeParse(raw);
  if (!parsed.success) {
    if (!raw.subject || raw.subject.length > 64 || !z.uuid().safeParse(raw.threadId).success) refuse();
    return { ...base, error: "invalid", fieldErrors: fieldErrors(parsed.error.issues) };
  }
  const actor = await requireActor("CITIZEN");
  try {
    const attachments = await cleanAttachments(files(formData));
    await replyAsCitizen(getDb(), actor, { ...parsed.data, attachments });
  } catch (error) {
    if (error instanceof AttachmentRejectedError) return { ...base, error: "attachment", fieldErrors: { attachments: error.problem } };
    if (error instanceof ThreadClosedError) return { ...base, error: "closed", fieldErrors: {} };
    if (isNotFound(error)) refuse();
    logError("replyAction", error);
    return { ...base, error: "unexpected", fieldErrors: {} };
  }
  redirect(messagePaths(parsed.data.subject).thread(parsed.data.threadId, { sendt: "1" }));
}
