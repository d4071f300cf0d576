import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import { asClinician, lockThreadInMyInbox, threadSubjectFor } from "./clinician-thread-access";
import { ThreadClosedError } from "./errors";

/**
 * A clinician answers, as themself or as the unit. The thread stops waiting, counts as opened, and
 * the patient gets a notification that says only that a new message is waiting (no unit, no text).
 */
export async function replyAsClinician(
  db: Db,
  actor: Actor,
  input: { threadId: string; body: string; asUnit: boolean },
  now = new Date(),
): Promise<{ messageId: string }> {
  const clinician = asClinician(actor);
  const personId = await threadSubjectFor(db, clinician, input.threadId);
  return withAccess(
    db,
    clinician,
    { subject: personId, category: "MESSAGES", action: "CREATE" },
    async (tx, access) => {
      const thread = await lockThreadInMyInbox(tx, clinician, input.threadId, personId);
      if (thread.status !== "OPEN") throw new ThreadClosedError();
      const message = await tx.message.create({
        data: {
          threadId: thread.id,
          authorClinicianId: clinician.clinicianId,
          asUnit: input.asUnit,
          body: input.body,
          createdAt: now,
        },
        select: { id: true },
      });
      await tx.messageThread.update({
        where: { id: thread.id },
        data: {
          waitingSince: null,
          lastMessageAt: now,
          lastStaffMessageAt: now,
          openDueAt: null,
          ...(thread.opened_at ? {} : { openedAt: now, openedById: clinician.clinicianId }),
        },
      });
      await enqueueNotification(tx, {
        personId,
        template: "message_received",
        changeKey: `message:${message.id}`,
      });
      access.item("message", message.id);
      return { messageId: message.id };
    },
    { now },
  );
}
