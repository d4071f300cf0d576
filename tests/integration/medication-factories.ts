/** Builders for medication tests: a medication on a person's list, prescribed at a unit. */
import type { DbOrTx } from "@/lib/db/client";
import type { MedicationStatement } from "@/lib/generated/prisma/client";
import type { MedicationStatementStatus } from "@/lib/generated/prisma/enums";
import { osloDateKey, addOsloDays } from "@/lib/time/oslo";

/** A calendar day `days` from today (Oslo), as the @db.Date columns hold it. */
export function dayFromToday(days: number, now = new Date()): Date {
  return new Date(`${addOsloDays(osloDateKey(now), days)}T00:00:00Z`);
}

export async function createMedication(
  db: DbOrTx,
  opts: {
    personId: string;
    unitId: string;
    prescriberId?: string | null;
    name?: string;
    atcCode?: string;
    status?: MedicationStatementStatus;
    startDaysAgo?: number;
    /** Days from today the planned end is (negative: ended); default none. */
    endInDays?: number | null;
    /** Days from today the prescription is valid until (negative: expired); null: none. Default 100. */
    validForDays?: number | null;
    dispenses?: [allowed: number, used: number] | null;
    hiddenFromGuardians?: boolean;
  },
): Promise<MedicationStatement> {
  const dispenses = opts.dispenses === undefined ? [4, 1] : opts.dispenses;
  const validFor = opts.validForDays === undefined ? 100 : opts.validForDays;
  return db.medicationStatement.create({
    data: {
      personId: opts.personId,
      unitId: opts.unitId,
      prescriberId: opts.prescriberId ?? null,
      name: opts.name ?? "Levaxin",
      atcCode: opts.atcCode ?? "H03AA01",
      strength: "50 mikrogram",
      form: "tablett",
      dosage: "1 tablett om morgenen",
      instruction: "Tas på tom mage.",
      reason: "Lavt stoffskifte",
      status: opts.status ?? "ACTIVE",
      startDate: dayFromToday(-(opts.startDaysAgo ?? 400)),
      endDate:
        opts.endInDays === undefined || opts.endInDays === null
          ? null
          : dayFromToday(opts.endInDays),
      prescriptionValidUntil: validFor === null ? null : dayFromToday(validFor),
      dispensesAllowed: dispenses ? dispenses[0] : null,
      dispensesUsed: dispenses ? dispenses[1] : 0,
      hiddenFromGuardians: opts.hiddenFromGuardians ?? false,
    },
  });
}
