import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { decodeCursor, encodeCursor } from "./cursor";
import { PAGE_SIZE } from "./limits";

export type CitizenThreadState = "unread" | "waiting" | "answered" | "done";

/**
 * The subject's threads, newest activity first, one keyset page (constant queries whatever the
 * number of threads). "Unread" is per reader: the unit wrote after this citizen last read it.
 */
export async function listThreads(
  db: Db,
  actor: Actor,
  input: { subject: string; after?: string | undefined },
  now = new Date(),
) {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  const cursor = decodeCursor(input.after);
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "MESSAGES", action: "READ" },
    async (tx, access) => {
      const rows = await tx.messageThread.findMany({
        where: {
          personId: access.subject.id,
          ...(cursor
            ? {
                OR: [
                  { lastMessageAt: { lt: cursor.at } },
                  { lastMessageAt: cursor.at, id: { lt: cursor.id } },
                ],
              }
            : {}),
        },
        orderBy: [{ lastMessageAt: "desc" }, { id: "desc" }],
        take: PAGE_SIZE + 1,
        select: {
          id: true,
          status: true,
          lastMessageAt: true,
          lastStaffMessageAt: true,
          waitingSince: true,
          unit: { select: { name: true } },
          topic: { select: { label: true } },
          reads: { where: { personId: actor.personId }, select: { readAt: true } },
        },
      });
      const page = rows.slice(0, PAGE_SIZE);
      const last = page[page.length - 1];
      return {
        threads: page.map((t) => {
          const readAt = t.reads[0]?.readAt ?? null;
          const unread =
            t.lastStaffMessageAt !== null && (readAt === null || readAt < t.lastStaffMessageAt);
          const state: CitizenThreadState = unread
            ? "unread"
            : t.status === "DONE"
              ? "done"
              : t.waitingSince
                ? "waiting"
                : "answered";
          return {
            id: t.id,
            unitName: t.unit.name,
            topic: t.topic.label,
            lastMessageAt: t.lastMessageAt,
            state,
          };
        }),
        next:
          rows.length > PAGE_SIZE && last
            ? encodeCursor({ at: last.lastMessageAt, id: last.id })
            : null,
      };
    },
    { now },
  );
}

export type CitizenThreadListItem = Awaited<ReturnType<typeof listThreads>>["threads"][number];
