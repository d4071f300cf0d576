import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { keepThreadRelation } from "./care-relation";
import { asClinician, lockThreadInMyInbox, threadSubjectFor } from "./clinician-thread-access";
import { ForwardTargetError, ThreadClosedError } from "./errors";

/**
 * A clinician forwards a thread to another inbox of the same organisation, with a note for the
 * colleagues there. The hop row (thread, hop + 1) is unique and written with the move, in one
 * transaction; the receiving inbox's opening deadline starts now.
 */
export async function forwardThread(
  db: Db,
  actor: Actor,
  input: { threadId: string; toInboxId: string; note: string },
  now = new Date(),
): Promise<void> {
  const clinician = asClinician(actor);
  const personId = await threadSubjectFor(db, clinician, input.threadId);
  await withAccess(
    db,
    clinician,
    { subject: personId, category: "MESSAGES", action: "UPDATE" },
    async (tx, access) => {
      const thread = await lockThreadInMyInbox(tx, clinician, input.threadId, personId);
      if (thread.status !== "OPEN") throw new ThreadClosedError();
      const current = await tx.inbox.findUniqueOrThrow({
        where: { id: thread.inbox_id },
        select: { organisationId: true },
      });
      if (input.toInboxId === thread.inbox_id) throw new ForwardTargetError();
      const target = await tx.inbox.findFirst({
        where: { id: input.toInboxId, organisationId: current.organisationId },
        select: { id: true, unitId: true, openWithinHours: true },
      });
      if (!target) throw new ForwardTargetError();
      const hop = thread.hop + 1;
      await tx.messageThreadHop.create({
        data: {
          threadId: thread.id,
          hop,
          fromInboxId: thread.inbox_id,
          toInboxId: target.id,
          reason: "FORWARDED",
          note: input.note || null,
          byClinicianId: clinician.clinicianId,
          at: now,
        },
      });
      await tx.messageThread.update({
        where: { id: thread.id },
        data: {
          inboxId: target.id,
          hop,
          arrivedBy: "FORWARDED",
          openedAt: null,
          openedById: null,
          openDueAt: new Date(now.getTime() + target.openWithinHours * 3_600_000),
        },
      });
      await keepThreadRelation(tx, { personId, unitId: target.unitId, threadId: thread.id, now });
      access.item("message_thread", thread.id);
    },
    { now },
  );
}
