import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { withAccessToMany } from "@/lib/access/gate";
import { asClinician } from "./clinician-thread-access";
import { decodeCursor, encodeCursor } from "./cursor";
import { PAGE_SIZE } from "./limits";

export type InboxView = "waiting" | "answered";
export type InboxThreadStatus = "new" | "opened" | "answered";

/**
 * One keyset page of an inbox: waiting threads oldest first (how long each has waited), or answered
 * ones newest first. Only members see it; only the patients on this page pass the gate and are logged.
 */
export async function listInboxThreads(
  db: Db,
  actor: Actor,
  input: { inboxId: string; view: InboxView; after?: string | undefined },
  now = new Date(),
) {
  const clinician = asClinician(actor);
  const cursor = decodeCursor(input.after);
  return withAccessToMany(
    db,
    clinician,
    { category: "MESSAGES", action: "READ" },
    async (tx, access) => {
      const inbox = await tx.inbox.findFirst({
        where: { id: input.inboxId, members: { some: { clinicianId: clinician.clinicianId } } },
        select: {
          id: true,
          name: true,
          kind: true,
          openWithinHours: true,
          unit: { select: { name: true } },
          backupInbox: { select: { name: true } },
        },
      });
      if (!inbox) throw new NotFoundError("inbox");
      const waiting = input.view === "waiting";
      const keyset: Prisma.MessageThreadWhereInput = cursor
        ? waiting
          ? {
              OR: [
                { waitingSince: { gt: cursor.at } },
                { waitingSince: cursor.at, id: { gt: cursor.id } },
              ],
            }
          : {
              OR: [
                { lastMessageAt: { lt: cursor.at } },
                { lastMessageAt: cursor.at, id: { lt: cursor.id } },
              ],
            }
        : {};
      const rows = await tx.messageThread.findMany({
        where: {
          inboxId: inbox.id,
          status: "OPEN",
          waitingSince: waiting ? { not: null } : null,
          ...keyset,
        },
        orderBy: waiting
          ? [{ waitingSince: "asc" }, { id: "asc" }]
          : [{ lastMessageAt: "desc" }, { id: "desc" }],
        take: PAGE_SIZE + 1,
        select: {
          id: true,
          personId: true,
          waitingSince: true,
          lastMessageAt: true,
          openedAt: true,
          arrivedBy: true,
          topic: { select: { label: true } },
          person: { select: { givenName: true, familyName: true, birthDate: true } },
        },
      });
      const page = rows.slice(0, PAGE_SIZE);
      const permitted = await access.permitted(page.map((r) => r.personId));
      const last = page[page.length - 1];
      return {
        inbox: {
          id: inbox.id,
          name: inbox.name,
          kind: inbox.kind,
          unitName: inbox.unit.name,
          openWithinHours: inbox.openWithinHours,
          backupName: inbox.backupInbox?.name ?? null,
        },
        threads: page
          .filter((r) => permitted.has(r.personId))
          .map((r) => ({
            id: r.id,
            patientName: `${r.person.givenName} ${r.person.familyName}`,
            patientBirthDate: r.person.birthDate,
            topic: r.topic.label,
            waitingSince: r.waitingSince,
            waitedMs: r.waitingSince ? now.getTime() - r.waitingSince.getTime() : null,
            lastMessageAt: r.lastMessageAt,
            status: (r.waitingSince === null
              ? "answered"
              : r.openedAt
                ? "opened"
                : "new") as InboxThreadStatus,
            arrivedBy: r.arrivedBy,
          })),
        next:
          rows.length > PAGE_SIZE && last
            ? encodeCursor({
                at: waiting ? (last.waitingSince ?? last.lastMessageAt) : last.lastMessageAt,
                id: last.id,
              })
            : null,
      };
    },
    { now },
  );
}

export type InboxThreadRow = Awaited<ReturnType<typeof listInboxThreads>>["threads"][number];
