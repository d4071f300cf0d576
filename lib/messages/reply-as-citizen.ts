import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { keepThreadRelation } from "./care-relation";
import { ThreadClosedError } from "./errors";
import { storeAttachments, type CleanAttachment } from "./store-attachments";

/**
 * A citizen answers in an open thread. The thread stays in its inbox; if someone had opened it,
 * the new message is unopened again and the backup clock starts over from now.
 */
export async function replyAsCitizen(
  db: Db,
  actor: Actor,
  input: {
    subject: string;
    threadId: string;
    body: string;
    attachments?: readonly CleanAttachment[];
  },
  now = new Date(),
): Promise<{ messageId: string }> {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "MESSAGES", action: "CREATE" },
    async (tx, access) => {
      const personId = access.subject.id;
      // Locks the thread row: a clinician marking it done cannot slip between this check and the insert.
      const locked = await tx.$queryRaw<
        {
          status: string;
          unit_id: string;
          inbox_id: string;
          open_within_hours: number;
          waiting_since: Date | null;
        }[]
      >`
      SELECT t.status, t.unit_id, t.inbox_id, i.open_within_hours, t.waiting_since
      FROM message_thread t JOIN inbox i ON i.id = t.inbox_id
      WHERE t.id = ${input.threadId}::uuid AND t.person_id = ${personId}::uuid
      FOR UPDATE OF t`;
      const thread = locked[0];
      if (!thread) throw new NotFoundError("thread");
      if (thread.status !== "OPEN") throw new ThreadClosedError();
      const message = await tx.message.create({
        data: {
          threadId: input.threadId,
          authorPersonId: actor.personId,
          onBehalfOfPersonId: actor.personId === personId ? null : personId,
          body: input.body,
          createdAt: now,
        },
        select: { id: true },
      });
      if (input.attachments?.length) await storeAttachments(tx, message.id, input.attachments);
      await tx.messageThread.update({
        where: { id: input.threadId },
        data: {
          lastMessageAt: now,
          waitingSince: thread.waiting_since ?? now,
          openedAt: null,
          openedById: null,
          openDueAt: new Date(now.getTime() + thread.open_within_hours * 3_600_000),
        },
      });
      await tx.messageThreadRead.upsert({
        where: { threadId_personId: { threadId: input.threadId, personId: actor.personId } },
        create: { threadId: input.threadId, personId: actor.personId, readAt: now },
        update: { readAt: now },
      });
      await keepThreadRelation(tx, {
        personId,
        unitId: thread.unit_id,
        threadId: input.threadId,
        now,
      });
      access.item("message_thread", input.threadId);
      return { messageId: message.id };
    },
    { now },
  );
}
