import type { Tx } from "@/lib/db/client";
import { keepThreadRelation } from "./care-relation";
import { routeThread } from "./route-thread";

/**
 * A new thread from a person (or someone writing for them) to one of a unit's topics, in the
 * caller's transaction: the routing rules pick the inbox, hop 0 records it, the opening deadline
 * starts, the writer has read their own message, and the unit (and the inbox's unit, when routing
 * sends it elsewhere) gets its MESSAGE_THREAD care relation. Used by a citizen's own message and by
 * a renewal request under "Resept".
 */
export async function openCitizenThread(
  tx: Tx,
  input: {
    personId: string;
    unitId: string;
    topicId: string;
    /** Who wrote it: the person, or their proxy or parent ("på vegne av"). */
    authorPersonId: string;
    body: string;
    now: Date;
  },
): Promise<{ threadId: string; messageId: string }> {
  const { personId, unitId, topicId, authorPersonId, now } = input;
  const inbox = await routeThread(tx, { unitId, topicId, personId });
  const thread = await tx.messageThread.create({
    data: {
      personId,
      unitId,
      topicId,
      inboxId: inbox.id,
      openDueAt: new Date(now.getTime() + inbox.openWithinHours * 3_600_000),
      waitingSince: now,
      lastMessageAt: now,
      createdAt: now,
      hops: { create: { hop: 0, toInboxId: inbox.id, reason: "ROUTED", at: now } },
      messages: {
        create: {
          authorPersonId,
          onBehalfOfPersonId: authorPersonId === personId ? null : personId,
          body: input.body,
          createdAt: now,
        },
      },
      reads: { create: { personId: authorPersonId, readAt: now } },
    },
    select: { id: true, messages: { select: { id: true } } },
  });
  await keepThreadRelation(tx, { personId, unitId, threadId: thread.id, now });
  if (inbox.unitId !== unitId)
    await keepThreadRelation(tx, { personId, unitId: inbox.unitId, threadId: thread.id, now });
  return { threadId: thread.id, messageId: thread.messages[0]!.id };
}
