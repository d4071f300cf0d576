import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { authorSelect, messageAuthor } from "./author";
import { asClinician, threadSubjectToView } from "./clinician-thread-access";

/**
 * A clinician reads a thread. When it sits in an inbox they belong to and nobody has opened it yet,
 * this opens it: who and when are recorded, and the backup clock stops. Also returns where the
 * thread has been, the inboxes it can be forwarded to, and the patient's earlier threads with the
 * clinician's inboxes (one click away). Reads the thread, its forward targets and the earlier threads
 * in one joined statement; the opening UPDATE is sent only while the thread looks unopened.
 */
export async function openThread(
  db: Db,
  actor: Actor,
  input: { threadId: string },
  now = new Date(),
) {
  const clinician = asClinician(actor);
  const { personId, mayOpen } = await threadSubjectToView(db, clinician, input.threadId);
  return withAccess(
    db,
    clinician,
    { subject: personId, category: "MESSAGES", action: "READ" },
    async (tx) => {
      // Opening is a conditional update, so two clinicians opening at once record only the first.
      const opened = !mayOpen
        ? 0
        : await tx.$executeRaw`
      UPDATE message_thread t SET opened_at = ${now}, opened_by_id = ${clinician.clinicianId}::uuid, open_due_at = NULL
      WHERE t.id = ${input.threadId}::uuid AND t.opened_at IS NULL AND t.status = 'OPEN'
        AND EXISTS (SELECT 1 FROM inbox_member m WHERE m.inbox_id = t.inbox_id AND m.clinician_id = ${clinician.clinicianId}::uuid)`;
      const thread = await tx.messageThread.findUnique({
        where: { id: input.threadId },
        select: {
          id: true,
          status: true,
          waitingSince: true,
          openedAt: true,
          openedBy: { select: { givenName: true, familyName: true } },
          doneAt: true,
          arrivedBy: true,
          person: {
            select: {
              id: true,
              givenName: true,
              familyName: true,
              birthDate: true,
              // The patient's earlier threads that have been in one of this clinician's inboxes.
              messageThreads: {
                where: {
                  id: { not: input.threadId },
                  hops: {
                    some: {
                      toInbox: { members: { some: { clinicianId: clinician.clinicianId } } },
                    },
                  },
                },
                orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
                take: 20,
                select: {
                  id: true,
                  lastMessageAt: true,
                  status: true,
                  topic: { select: { label: true } },
                  unit: { select: { name: true } },
                },
              },
            },
          },
          unit: { select: { id: true, name: true } },
          topic: { select: { label: true } },
          renewalRequest: { select: { id: true, status: true } },
          inbox: {
            select: {
              id: true,
              name: true,
              organisationId: true,
              members: {
                where: { clinicianId: clinician.clinicianId },
                select: { clinicianId: true },
              },
              // Where it can be forwarded: the organisation's other inboxes (this one is dropped below).
              organisation: {
                select: {
                  inboxes: {
                    orderBy: [{ kind: "asc" }, { name: "asc" }],
                    select: { id: true, name: true },
                  },
                },
              },
            },
          },
          hops: {
            orderBy: { hop: "asc" },
            select: {
              hop: true,
              at: true,
              reason: true,
              note: true,
              toInbox: { select: { name: true } },
              fromInbox: { select: { name: true } },
              byClinician: { select: { givenName: true, familyName: true } },
            },
          },
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
      const forwardTargets = thread.inbox.organisation.inboxes.filter(
        (i) => i.id !== thread.inbox.id,
      );
      const earlier = thread.person.messageThreads;
      return {
        id: thread.id,
        justOpened: opened > 0,
        canAct: thread.inbox.members.length > 0 && thread.status === "OPEN",
        status: thread.status,
        waiting: thread.waitingSince !== null,
        openedAt: thread.openedAt,
        openedBy: thread.openedBy
          ? `${thread.openedBy.givenName} ${thread.openedBy.familyName}`
          : null,
        doneAt: thread.doneAt,
        arrivedBy: thread.arrivedBy,
        patient: {
          id: thread.person.id,
          name: `${thread.person.givenName} ${thread.person.familyName}`,
          birthDate: thread.person.birthDate,
        },
        unitName: thread.unit.name,
        topic: thread.topic.label,
        /** A renewal request still waiting, answered from the renewal work list (which closes this). */
        openRenewalRequestId:
          thread.renewalRequest?.status === "REQUESTED" ? thread.renewalRequest.id : null,
        inbox: { id: thread.inbox.id, name: thread.inbox.name },
        hops: thread.hops.map((h) => ({
          hop: h.hop,
          at: h.at,
          reason: h.reason,
          note: h.note,
          to: h.toInbox.name,
          from: h.fromInbox?.name ?? null,
          by: h.byClinician ? `${h.byClinician.givenName} ${h.byClinician.familyName}` : null,
        })),
        messages: thread.messages.map((m) => ({
          id: m.id,
          body: m.body,
          createdAt: m.createdAt,
          author: messageAuthor(m, thread.unit.name),
          attachments: m.attachments,
        })),
        forwardTargets,
        earlier: earlier.map((e) => ({
          id: e.id,
          lastMessageAt: e.lastMessageAt,
          done: e.status === "DONE",
          topic: e.topic.label,
          unitName: e.unit.name,
        })),
      };
    },
    { now },
  );
}

export type ClinicianThread = Awaited<ReturnType<typeof openThread>>;
