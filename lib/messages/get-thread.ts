import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { authorSelect, messageAuthor } from "./author";

/**
 * One thread as the citizen sees it: every message with its author and attachments, oldest first.
 * Reading it marks it read for this reader. Where the thread has been inside the services is never
 * shown (the citizen does not notice forwarding).
 */
export async function getThread(
  db: Db,
  actor: Actor,
  input: { subject: string; threadId: string },
  now = new Date(),
) {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "MESSAGES", action: "READ" },
    async (tx, access) => {
      const thread = await tx.messageThread.findFirst({
        where: { id: input.threadId, personId: access.subject.id },
        select: {
          id: true,
          status: true,
          unit: { select: { name: true, replyWorkingDays: true } },
          topic: { select: { label: true } },
          messages: {
            orderBy: [{ createdAt: "asc" }, { id: "asc" }],
            select: {
              id: true,
              body: true,
              createdAt: true,
              ...authorSelect,
              attachments: {
                select: { id: true, fileName: true, contentType: true, size: true },
                orderBy: { fileName: "asc" },
              },
            },
          },
        },
      });
      if (!thread) throw new NotFoundError("thread");
      await tx.messageThreadRead.upsert({
        where: { threadId_personId: { threadId: thread.id, personId: actor.personId } },
        create: { threadId: thread.id, personId: actor.personId, readAt: now },
        update: { readAt: now },
      });
      access.item("message_thread", thread.id);
      return {
        id: thread.id,
        open: thread.status === "OPEN",
        unitName: thread.unit.name,
        replyWorkingDays: thread.unit.replyWorkingDays,
        topic: thread.topic.label,
        messages: thread.messages.map((m) => ({
          id: m.id,
          body: m.body,
          createdAt: m.createdAt,
          author: messageAuthor(m, thread.unit.name),
          attachments: m.attachments,
        })),
      };
    },
    { now },
  );
}

export type CitizenThread = Awaited<ReturnType<typeof getThread>>;
