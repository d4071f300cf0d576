"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { formAction, refuse, type FieldIssues } from "@/app/_lib/form-action";
import type { MessageFormState } from "@/components/messages/form-state";
import { messagePaths } from "@/app/_lib/paths";
import { formText } from "@/lib/forms/form-text";
import { AttachmentRejectedError, cleanAttachments } from "@/lib/messages/clean-attachments";
import { RecipientNotAllowedError, ThreadClosedError } from "@/lib/messages/errors";
import { MESSAGE_MAX } from "@/lib/messages/limits";
import { replyAsCitizen } from "@/lib/messages/reply-as-citizen";
import { startThread } from "@/lib/messages/start-thread";

const body = z.string().trim().min(1).max(MESSAGE_MAX);
const composeSchema = z.object({ subject: z.string().min(1).max(64), topicId: z.uuid(), body });
const replySchema = z.object({ subject: z.string().min(1).max(64), threadId: z.uuid(), body });

function fieldErrors(issues: FieldIssues): MessageFormState["fieldErrors"] {
  const errors: MessageFormState["fieldErrors"] = {};
  if (issues.body) errors.body = issues.body.code === "too_big" ? "too_long" : "required";
  if (issues.topicId) errors.topicId = "required";
  return errors;
}

const files = (formData: FormData) =>
  formData.getAll("attachments").filter((v): v is File => typeof v !== "string");

type Outcome =
  | { ok: true; subject: string; threadId: string }
  | { ok: false; state: Pick<MessageFormState, "error" | "fieldErrors"> };

/** What the citizen's message forms share: cleaned attachments, and the refusals the form explains. */
async function sendWith(
  work: (
    attachments: Awaited<ReturnType<typeof cleanAttachments>>,
  ) => Promise<{ subject: string; threadId: string }>,
  formFiles: File[],
): Promise<Outcome> {
  try {
    const attachments = await cleanAttachments(formFiles);
    return { ok: true, ...(await work(attachments)) };
  } catch (error) {
    if (error instanceof AttachmentRejectedError)
      return {
        ok: false,
        state: { error: "attachment", fieldErrors: { attachments: error.problem } },
      };
    if (error instanceof RecipientNotAllowedError)
      return { ok: false, state: { error: "recipient", fieldErrors: {} } };
    if (error instanceof ThreadClosedError)
      return { ok: false, state: { error: "closed", fieldErrors: {} } };
    throw error;
  }
}

/** A subject or thread that cannot be one is a tampered hidden field: it finds nothing. */
const plausibleSubject = (subject: string) => subject.length > 0 && subject.length <= 64;

/** "Ny melding": validates, cleans the attachments, starts the thread and shows it. */
export const startThreadAction = formAction({
  name: "startThreadAction",
  actor: "CITIZEN",
  schema: composeSchema,
  read: (formData) => ({
    subject: formText(formData, "subject"),
    topicId: formText(formData, "topicId"),
    body: formText(formData, "body"),
    files: files(formData),
  }),
  work: ({ actor, input, db, raw }) =>
    sendWith(async (attachments) => {
      const { threadId } = await startThread(db, actor, { ...input, attachments });
      return { subject: input.subject, threadId };
    }, raw.files),
  answer(outcome, { raw, previous }): MessageFormState {
    const base = {
      attempt: previous.attempt + 1,
      values: { topicId: raw.topicId, body: raw.body },
    };
    switch (outcome.kind) {
      case "invalid":
        if (!plausibleSubject(raw.subject)) refuse();
        return { ...base, error: "invalid", fieldErrors: fieldErrors(outcome.issues) };
      case "unexpected":
        return { ...base, error: "unexpected", fieldErrors: {} };
      case "done":
        if (!outcome.value.ok) return { ...base, ...outcome.value.state };
        redirect(
          messagePaths(outcome.value.subject).thread(outcome.value.threadId, { sendt: "1" }),
        );
    }
  },
});

/** An answer in an open thread. */
export const replyAction = formAction({
  name: "replyAction",
  actor: "CITIZEN",
  schema: replySchema,
  read: (formData) => ({
    subject: formText(formData, "subject"),
    threadId: formText(formData, "threadId"),
    body: formText(formData, "body"),
    files: files(formData),
  }),
  work: ({ actor, input, db, raw }) =>
    sendWith(async (attachments) => {
      await replyAsCitizen(db, actor, { ...input, attachments });
      return { subject: input.subject, threadId: input.threadId };
    }, raw.files),
  answer(outcome, { raw, previous }): MessageFormState {
    const base = { attempt: previous.attempt + 1, values: { topicId: "", body: raw.body } };
    switch (outcome.kind) {
      case "invalid":
        if (!plausibleSubject(raw.subject) || !z.uuid().safeParse(raw.threadId).success) refuse();
        return { ...base, error: "invalid", fieldErrors: fieldErrors(outcome.issues) };
      case "unexpected":
        return { ...base, error: "unexpected", fieldErrors: {} };
      case "done":
        if (!outcome.value.ok) return { ...base, ...outcome.value.state };
        redirect(
          messagePaths(outcome.value.subject).thread(outcome.value.threadId, { sendt: "1" }),
        );
    }
  },
});
