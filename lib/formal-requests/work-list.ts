import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccessToMany } from "@/lib/access/gate";
import type { ItemView } from "@/lib/access/item-visibility";
import type { Db } from "@/lib/db/client";
import type { Cursor } from "@/lib/messages/cursor";
import { reachableUnitIds } from "./clinician-reach";
import { isOverdue, WORK_LIST_PAGE_SIZE } from "./limits";

const EXCERPT = 140;

/**
 * The open formal requests (mottatt, under behandling) addressed to the clinician's units, the
 * earliest deadline first, a keyset page at a time (after the deadline and id of the last row read),
 * so a page costs the same whatever the backlog. Each patient shown passes the gate
 * (FORMAL_REQUESTS, READ) and gets a log entry; a request whose patient the clinician may no longer
 * see (care relation ended, shielded), or addressed to a unit the relation does not reach, is left
 * out, and a patient with nothing left on the page is not logged.
 */
export async function listFormalRequestWorkList(
  db: Db,
  actor: Actor,
  input: { after?: Cursor | null; pageSize?: number } = {},
  now = new Date(),
) {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  const pageSize = input.pageSize ?? WORK_LIST_PAGE_SIZE;
  const after = input.after ?? null;
  return withAccessToMany(
    db,
    actor,
    { category: "FORMAL_REQUESTS", action: "READ" },
    async (tx, access) => {
      const rows = await tx.formalRequest.findMany({
        where: {
          unitId: { in: actor.units.map((u) => u.id) },
          status: { in: ["RECEIVED", "IN_PROGRESS"] },
          ...(after
            ? {
                OR: [
                  { answerDue: { gt: after.at } },
                  { answerDue: after.at, id: { gt: after.id } },
                ],
              }
            : {}),
        },
        orderBy: [{ answerDue: "asc" }, { id: "asc" }],
        take: pageSize + 1,
        select: {
          id: true,
          kind: true,
          status: true,
          concerns: true,
          receivedAt: true,
          answerDue: true,
          personId: true,
          unitId: true,
          person: { select: { id: true, givenName: true, familyName: true, birthDate: true } },
          unit: { select: { name: true } },
        },
      });
      const page = rows.slice(0, pageSize);
      const last = page.at(-1);
      const next: Cursor | null =
        rows.length > pageSize && last ? { at: last.answerDue, id: last.id } : null;
      const reaches = (r: (typeof page)[number], items: ItemView | null) =>
        reachableUnitIds(actor, items).includes(r.unitId);
      // A patient the gate allows (a relation with another of the clinician's units) but none of
      // whose requests on this page the clinician may handle is not shown, so not logged either.
      const permitted = await access.permitted(
        page.map((r) => r.personId),
        (personId, items) => page.some((r) => r.personId === personId && reaches(r, items)),
      );
      const items = page
        .filter((r) => permitted.has(r.personId) && reaches(r, access.items(r.personId)))
        .map((r) => ({
          id: r.id,
          kind: r.kind,
          status: r.status,
          receivedAt: r.receivedAt,
          answerDue: r.answerDue,
          overdue: isOverdue(r.answerDue, r.status, now),
          /** The start of what it concerns, so a work list tells requests apart. */
          excerpt: r.concerns.length > EXCERPT ? `${r.concerns.slice(0, EXCERPT)}…` : r.concerns,
          patient: r.person,
          unitName: r.unit.name,
        }));
      return { items, next };
    },
    { now },
  );
}

export type FormalRequestWorkItem = Awaited<
  ReturnType<typeof listFormalRequestWorkList>
>["items"][number];
