import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { keepThreadRelation } from "./care-relation";
import { RecipientNotAllowedError } from "./errors";
import { writableUnitWhere } from "./recipients";
import { routeThread } from "./route-thread";
import { storeAttachments, type CleanAttachment } from "./store-attachments";

/**
 * A citizen (or someone acting for them with the right to write) starts a thread with a unit. The
 * routing rules pick the inbox; hop 0 records it; the unit gets its MESSAGE_THREAD care relation;
 * the opening deadline starts. All in the gate's transaction, logged as MESSAGES CREATE.
 */
export async function startThread(
  db: Db,
  actor: Actor,
  input: {
    subject: string;
    topicId: string;
    body: string;
    attachments?: readonly CleanAttachment[];
  },
  now = new Date(),
): Promise<{ threadId: string }> {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "MESSAGES", action: "CREATE" },
    async (tx, access) => {
      const personId = access.subject.id;
      const topic = await tx.messageTopic.findFirst({
        where: { id: input.topicId, active: true, unit: writableUnitWhere(personId, now) },
        select: { id: true, unitId: true },
      });
      if (!topic) throw new RecipientNotAllowedError();
      const inbox = await routeThread(tx, { unitId: topic.unitId, topicId: topic.id, personId });
      const thread = await tx.messageThread.create({
        data: {
          personId,
          unitId: topic.unitId,
          topicId: topic.id,
          inboxId: inbox.id,
          openDueAt: new Date(now.getTime() + inbox.openWithinHours * 3_600_000),
          waitingSince: now,
          lastMessageAt: now,
          createdAt: now,
          hops: { create: { hop: 0, toInboxId: inbox.id, reason: "ROUTED", at: now } },
          messages: {
            create: {
              authorPersonId: actor.personId,
              onBehalfOfPersonId: actor.personId === personId ? null : personId,
              body: input.body,
              createdAt: now,
            },
          },
          reads: { create: { personId: actor.personId, readAt: now } },
        },
        select: { id: true, messages: { select: { id: true } } },
      });
      const messageId = thread.messages[0]!.id;
      if (input.attachments?.length) await storeAttachments(tx, messageId, input.attachments);
      await keepThreadRelation(tx, { personId, unitId: topic.unitId, threadId: thread.id, now });
      if (inbox.unitId !== topic.unitId)
        await keepThreadRelation(tx, { personId, unitId: inbox.unitId, threadId: thread.id, now });
      access.item("message_thread", thread.id);
      return { threadId: thread.id };
    },
    { now },
  );
}
