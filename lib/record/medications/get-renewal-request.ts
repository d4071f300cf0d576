import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { locateRenewalRequest } from "./locate-renewal-request";
import { medicationSelect, toMedicationView } from "./medication-view";

/**
 * One renewal request for a clinician of the unit it was sent to, with the medication as the list
 * shows it. Through the gate (MEDICATIONS, READ) and logged; any other id is "not found".
 */
export async function getRenewalRequest(db: Db, actor: Actor, requestId: string, now = new Date()) {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  const personId = await locateRenewalRequest(db, actor, requestId);
  if (!personId) throw new NotFoundError("renewal_request");
  return withAccess(
    db,
    actor,
    { subject: personId, category: "MEDICATIONS", action: "READ" },
    async (tx, access) => {
      const r = await tx.medicationRenewalRequest.findFirst({
        where: {
          id: requestId,
          personId: access.subject.id,
          unitId: { in: actor.units.map((u) => u.id) },
        },
        select: {
          id: true,
          status: true,
          note: true,
          requestedAt: true,
          decidedAt: true,
          declineReason: true,
          newEndDate: true,
          personId: true,
          requestedById: true,
          person: { select: { id: true, givenName: true, familyName: true, birthDate: true } },
          requestedBy: { select: { givenName: true, familyName: true } },
          decidedBy: { select: { givenName: true, familyName: true } },
          unit: { select: { id: true, name: true } },
          medication: { select: medicationSelect },
        },
      });
      if (!r) throw new NotFoundError("renewal_request");
      access.item("medication_renewal_request", r.id);
      return {
        id: r.id,
        status: r.status,
        note: r.note,
        requestedAt: r.requestedAt,
        decidedAt: r.decidedAt,
        declineReason: r.declineReason,
        newEndDate: r.newEndDate,
        patient: r.person,
        askedByOther:
          r.requestedById === r.personId
            ? null
            : `${r.requestedBy.givenName} ${r.requestedBy.familyName}`,
        decidedBy: r.decidedBy ? `${r.decidedBy.givenName} ${r.decidedBy.familyName}` : null,
        unit: r.unit,
        medication: toMedicationView(r.medication, now),
      };
    },
    { now },
  );
}

export type RenewalRequestView = Awaited<ReturnType<typeof getRenewalRequest>>;
