import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccessToMany } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { prescriptionStatus } from "./prescription-status";

/** A work list is read in one go; beyond this many open requests the oldest are shown first. */
export const WORK_LIST_LIMIT = 200;

/**
 * The open renewal requests addressed to the clinician's units, oldest first (they have waited
 * longest). Each patient shown passes the gate (MEDICATIONS, READ) and gets a log entry; a patient
 * the clinician may no longer see (care relation ended, shielded) is left out.
 */
export async function listRenewalWorkList(db: Db, actor: Actor, now = new Date()) {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  const unitIds = actor.units.map((u) => u.id);
  return withAccessToMany(
    db,
    actor,
    { category: "MEDICATIONS", action: "READ" },
    async (tx, access) => {
      const rows = await tx.medicationRenewalRequest.findMany({
        where: { unitId: { in: unitIds }, status: "REQUESTED" },
        orderBy: { requestedAt: "asc" },
        take: WORK_LIST_LIMIT,
        select: {
          id: true,
          note: true,
          requestedAt: true,
          personId: true,
          requestedById: true,
          person: { select: { id: true, givenName: true, familyName: true, birthDate: true } },
          requestedBy: { select: { givenName: true, familyName: true } },
          unit: { select: { id: true, name: true } },
          medication: {
            select: {
              name: true,
              strength: true,
              form: true,
              atcCode: true,
              prescriptionValidUntil: true,
              dispensesAllowed: true,
              dispensesUsed: true,
            },
          },
        },
      });
      const permitted = await access.permitted(rows.map((r) => r.personId));
      return rows
        .filter((r) => permitted.has(r.personId))
        .map((r) => ({
          id: r.id,
          note: r.note,
          requestedAt: r.requestedAt,
          patient: r.person,
          /** Null when the patient asked; the proxy's or parent's name otherwise. */
          askedByOther:
            r.requestedById === r.personId
              ? null
              : `${r.requestedBy.givenName} ${r.requestedBy.familyName}`,
          unit: r.unit,
          medication: { ...r.medication, prescription: prescriptionStatus(r.medication, now) },
        }));
    },
    { now },
  );
}

export type RenewalWorkItem = Awaited<ReturnType<typeof listRenewalWorkList>>[number];
