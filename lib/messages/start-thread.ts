import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { RecipientNotAllowedError } from "./errors";
import { writableUnitWhere } from "./recipients";
import { openCitizenThread } from "./open-citizen-thread";
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
      const { threadId, messageId } = await openCitizenThread(tx, {
        personId,
        unitId: topic.unitId,
        topicId: topic.id,
        authorPersonId: actor.personId,
        body: input.body,
        now,
      });
      if (input.attachments?.length) await storeAttachments(tx, messageId, input.attachments);
      access.item("message_thread", threadId);
      return { threadId };
    },
    { now },
  );
}
