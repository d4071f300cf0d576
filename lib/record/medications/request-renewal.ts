import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError, NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { medicationVisibleWhere } from "@/lib/access/medication-visibility";
import type { Db } from "@/lib/db/client";
import { NotRenewableError, RenewalAlreadyRequestedError } from "./errors";
import { isRenewable } from "./prescription-status";
import { openRenewalThread } from "./renewal-thread";

export const RENEWAL_NOTE_MAX = 500;

/**
 * "Forny resept": asks the prescriber's unit to renew a current medication. It needs MEDICATIONS
 * with "see and act" (a see-only proxy may not). The database decides the race: the request holds
 * the medication's one open slot (a unique key), so of two simultaneous requests one is written and
 * the other is told a request is already waiting. A refusal writes nothing, log entry included.
 * When the unit has the topic "Resept", the request also opens a thread in its inbox
 * (`openRenewalThread`), in the same transaction.
 */
export async function requestRenewal(
  db: Db,
  actor: Actor,
  input: { subject: string; medicationId: string; note?: string | undefined },
  now = new Date(),
): Promise<{ id: string; unitName: string }> {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  const note = input.note?.trim() || null;
  if (note && note.length > RENEWAL_NOTE_MAX) throw new RangeError("note too long");
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "MEDICATIONS", action: "CREATE" },
    async (tx, access) => {
      const medication = await tx.medicationStatement.findFirst({
        where: {
          id: input.medicationId,
          personId: access.subject.id,
          ...medicationVisibleWhere(access),
        },
        select: {
          id: true,
          status: true,
          endDate: true,
          prescriptionValidUntil: true,
          dispensesAllowed: true,
          dispensesUsed: true,
          unitId: true,
          name: true,
          strength: true,
          unit: { select: { name: true } },
        },
      });
      if (!medication) throw new NotFoundError("medication");
      if (!isRenewable(medication, now)) throw new NotRenewableError();
      const id = randomUUID();
      const { count } = await tx.medicationRenewalRequest.createMany({
        data: [
          {
            id,
            medicationId: medication.id,
            openForMedicationId: medication.id,
            personId: access.subject.id,
            unitId: medication.unitId,
            requestedById: actor.personId,
            note,
            requestedAt: now,
          },
        ],
        skipDuplicates: true,
      });
      if (count !== 1) throw new RenewalAlreadyRequestedError();
      await openRenewalThread(tx, {
        requestId: id,
        personId: access.subject.id,
        unitId: medication.unitId,
        requestedById: actor.personId,
        medication: `${medication.name} ${medication.strength}`,
        note,
        now,
      });
      access.item("medication_renewal_request", id);
      return { id, unitName: medication.unit.name };
    },
    { now },
  );
}
