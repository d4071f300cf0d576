import type { Prisma } from "@/lib/generated/prisma/client";
import { isCurrentMedication, isRenewable, prescriptionStatus } from "./prescription-status";

/** The columns every medication view reads, in one query with its prescriber, unit and latest request. */
export const medicationSelect = {
  id: true,
  name: true,
  atcCode: true,
  strength: true,
  form: true,
  dosage: true,
  instruction: true,
  reason: true,
  status: true,
  startDate: true,
  endDate: true,
  prescriptionValidUntil: true,
  dispensesAllowed: true,
  dispensesUsed: true,
  hiddenFromGuardians: true,
  prescriber: { select: { givenName: true, familyName: true, profession: true } },
  unit: { select: { id: true, name: true, organisation: { select: { name: true } } } },
  renewalRequests: {
    orderBy: { requestedAt: "desc" },
    take: 1,
    select: {
      id: true,
      status: true,
      note: true,
      requestedAt: true,
      decidedAt: true,
      declineReason: true,
      newEndDate: true,
    },
  },
} as const satisfies Prisma.MedicationStatementSelect;

type Row = Prisma.MedicationStatementGetPayload<{ select: typeof medicationSelect }>;

/** A medication as pages show it: the stored fields, plus what is computed at read time. */
export function toMedicationView(row: Row, now: Date) {
  const { renewalRequests, prescriber, unit, ...m } = row;
  return {
    ...m,
    prescriberName: prescriber ? `${prescriber.givenName} ${prescriber.familyName}` : null,
    prescriberProfession: prescriber?.profession ?? null,
    unitId: unit.id,
    unitName: unit.name,
    organisationName: unit.organisation.name,
    prescription: prescriptionStatus(m, now),
    current: isCurrentMedication(m, now),
    renewable: isRenewable(m, now),
    latestRenewal: renewalRequests[0] ?? null,
  };
}

export type MedicationView = ReturnType<typeof toMedicationView>;
