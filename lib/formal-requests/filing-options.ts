import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { requestableUnitWhere } from "./units";

/**
 * What "Ny forespørsel" offers: the units the person may address a request to. Their care relations
 * tell where they are treated, so this passes the gate (FORMAL_REQUESTS, CREATE: whoever may not file
 * sees "not found" before the form) and is logged.
 */
export async function getFilingOptions(
  db: Db,
  actor: Actor,
  input: { subject: string },
  now = new Date(),
) {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "FORMAL_REQUESTS", action: "CREATE" },
    async (tx, access) => {
      const units = await tx.unit.findMany({
        where: requestableUnitWhere(access.subject.id, now),
        orderBy: [{ organisation: { name: "asc" } }, { name: "asc" }],
        select: { id: true, name: true, organisation: { select: { name: true } } },
      });
      return units.map((u) => ({ id: u.id, name: u.name, organisationName: u.organisation.name }));
    },
    { now },
  );
}

export type FilingUnit = Awaited<ReturnType<typeof getFilingOptions>>[number];
