import type { DbOrTx, Tx } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { NotInInboxError } from "./errors";
import { UUID } from "@/lib/ids/uuid";

type ClinicianActor = Extract<Actor, { kind: "CLINICIAN" }>;

export function asClinician(actor: Actor): ClinicianActor {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  return actor;
}

/**
 * The patient of a thread this clinician may see: one that has been in an inbox they belong to.
 * Only the person id leaves here, for the gate to decide on; anything else is "not found".
 */
export async function threadSubjectFor(
  db: DbOrTx,
  actor: ClinicianActor,
  threadId: string,
): Promise<string> {
  if (!UUID.test(threadId)) throw new NotFoundError("thread");
  const thread = await db.messageThread.findFirst({
    where: {
      id: threadId,
      hops: { some: { toInbox: { members: { some: { clinicianId: actor.clinicianId } } } } },
    },
    select: { personId: true },
  });
  if (!thread) throw new NotFoundError("thread");
  return thread.personId;
}

/**
 * threadSubjectFor, and whether viewing it now would open it (it sits unopened and open in an inbox
 * of this clinician's), so a thread already opened costs no UPDATE. Same one statement.
 */
export async function threadSubjectToView(
  db: DbOrTx,
  actor: ClinicianActor,
  threadId: string,
): Promise<{ personId: string; mayOpen: boolean }> {
  if (!UUID.test(threadId)) throw new NotFoundError("thread");
  const thread = await db.messageThread.findFirst({
    where: {
      id: threadId,
      hops: { some: { toInbox: { members: { some: { clinicianId: actor.clinicianId } } } } },
    },
    select: {
      personId: true,
      openedAt: true,
      status: true,
      inbox: {
        select: {
          members: {
            where: { clinicianId: actor.clinicianId },
            select: { clinicianId: true },
            take: 1,
          },
        },
      },
    },
  });
  if (!thread) throw new NotFoundError("thread");
  return {
    personId: thread.personId,
    mayOpen:
      thread.openedAt === null && thread.status === "OPEN" && thread.inbox.members.length > 0,
  };
}

export type LockedThread = {
  id: string;
  person_id: string;
  unit_id: string;
  inbox_id: string;
  status: "OPEN" | "DONE";
  hop: number;
  opened_at: Date | null;
  waiting_since: Date | null;
  member: boolean;
};

/**
 * Locks the thread row for a change and checks the clinician belongs to the inbox it is in now:
 * concurrent replies, forwards, "done" and the backup sweep queue up behind the lock.
 */
export async function lockThreadInMyInbox(
  tx: Tx,
  actor: ClinicianActor,
  threadId: string,
  personId: string,
): Promise<LockedThread> {
  const rows = await tx.$queryRaw<LockedThread[]>`
    SELECT t.id, t.person_id, t.unit_id, t.inbox_id, t.status::text AS status, t.hop, t.opened_at, t.waiting_since,
           EXISTS (SELECT 1 FROM inbox_member m WHERE m.inbox_id = t.inbox_id AND m.clinician_id = ${actor.clinicianId}::uuid) AS member
    FROM message_thread t
    WHERE t.id = ${threadId}::uuid AND t.person_id = ${personId}::uuid
    FOR UPDATE OF t`;
  const thread = rows[0];
  if (!thread) throw new NotFoundError("thread");
  if (!thread.member) throw new NotInInboxError();
  return thread;
}
