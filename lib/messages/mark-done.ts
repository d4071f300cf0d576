import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { asClinician, lockThreadInMyInbox, threadSubjectFor } from "./clinician-thread-access";

/** A clinician closes a thread: it leaves the work list, stops waiting, and the citizen can no longer reply in it. */
export async function markThreadDone(
  db: Db,
  actor: Actor,
  input: { threadId: string },
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
      if (thread.status === "DONE") return;
      await tx.messageThread.update({
        where: { id: thread.id },
        data: {
          status: "DONE",
          doneAt: now,
          doneById: clinician.clinicianId,
          waitingSince: null,
          openDueAt: null,
          ...(thread.opened_at ? {} : { openedAt: now, openedById: clinician.clinicianId }),
        },
      });
      access.item("message_thread", thread.id);
    },
    { now },
  );
}
