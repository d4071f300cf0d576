import type { MedicationStatementStatus } from "@/lib/generated/prisma/enums";
import type { BulkColumn } from "./bulk-insert";
import type { SeedContext, SeedStep, SeededPerson } from "./context";
import { STAFF_IDS } from "./clinicians";
import { DEMO_CLINICIAN_IDS, DEMO_PERSON_IDS, type DemoCitizenKey } from "./demo-people";
import { prng, seedId, seedIdFamily } from "./ids";
import {
  ADULT_LONG_TERM,
  CHILD_LONG_TERM,
  COURSES,
  ELDERLY_LONG_TERM,
  MEDICATION_CATALOGUE,
  type MedicationKey,
} from "./medication-catalogue";
import { UNIT_IDS } from "./organisations";

const DAY = 86_400_000;

/** One row of medication_statement, as the bulk insert writes it. */
export interface MedicationRow {
  id: string;
  personId: string;
  key: MedicationKey;
  status: MedicationStatementStatus;
  startDate: Date;
  endDate: Date | null;
  prescriberId: string | null;
  unitId: string;
  prescriptionValidUntil: Date | null;
  dispensesAllowed: number | null;
  dispensesUsed: number;
  hiddenFromGuardians: boolean;
}

/** How a demo medication stands today: days are relative to the seed's today. */
interface DemoMedication {
  key: MedicationKey;
  startedDaysAgo: number;
  /** Current with an e-prescription valid this many days more (negative: expired that long ago). */
  validForDays?: number;
  /** Dispensings allowed / used; used = allowed makes it "used up". */
  dispenses?: [allowed: number, used: number];
  /** An earlier medication: COMPLETED or STOPPED this many days ago. */
  ended?: { status: "COMPLETED" | "STOPPED"; daysAgo: number };
  hiddenFromGuardians?: boolean;
}

/** The demo people's lists: each shows current ones in every prescription state and earlier ones. */
const DEMO_MEDICATIONS: Partial<Record<DemoCitizenKey, readonly DemoMedication[]>> = {
  kari: [
    { key: "levothyroxine", startedDaysAgo: 3 * 365, validForDays: 150, dispenses: [4, 1] },
    { key: "cetirizine", startedDaysAgo: 2 * 365, validForDays: -40, dispenses: [4, 2] },
    { key: "omeprazole", startedDaysAgo: 300, validForDays: 65, dispenses: [4, 4] },
    {
      key: "phenoxymethylpenicillin",
      startedDaysAgo: 250,
      ended: { status: "COMPLETED", daysAgo: 240 },
    },
    { key: "ibuprofen", startedDaysAgo: 800, ended: { status: "STOPPED", daysAgo: 760 } },
  ],
  emma: [
    { key: "salbutamol", startedDaysAgo: 500, validForDays: 200, dispenses: [3, 1] },
    { key: "amoxicillin", startedDaysAgo: 120, ended: { status: "COMPLETED", daysAgo: 113 } },
  ],
  jonas: [{ key: "cetirizine", startedDaysAgo: 400, validForDays: 90, dispenses: [3, 1] }],
  sofie: [
    {
      key: "contraceptive",
      startedDaysAgo: 200,
      validForDays: 165,
      dispenses: [4, 2],
      hiddenFromGuardians: true,
    },
  ],
  perHansen: [
    { key: "metformin", startedDaysAgo: 9 * 365, validForDays: 300, dispenses: [4, 0] },
    { key: "atorvastatin", startedDaysAgo: 3 * 365, validForDays: 120, dispenses: [4, 2] },
    { key: "amlodipine", startedDaysAgo: 6 * 365, validForDays: 20, dispenses: [4, 3] },
    { key: "acetylsalicylicAcid", startedDaysAgo: 6 * 365, validForDays: -10, dispenses: [4, 4] },
    { key: "apixaban", startedDaysAgo: 60, validForDays: 305, dispenses: [4, 1] },
    { key: "furosemide", startedDaysAgo: 60, validForDays: 305, dispenses: [4, 1] },
    { key: "paracetamol", startedDaysAgo: 2 * 365, validForDays: 200, dispenses: [6, 3] },
    { key: "simvastatin", startedDaysAgo: 8 * 365, ended: { status: "STOPPED", daysAgo: 3 * 365 } },
    { key: "amoxicillin", startedDaysAgo: 500, ended: { status: "COMPLETED", daysAgo: 493 } },
  ],
  ingridHansen: [{ key: "ramipril", startedDaysAgo: 700, validForDays: 100, dispenses: [4, 2] }],
  solveigMoen: [
    { key: "alendronicAcid", startedDaysAgo: 900, validForDays: 60, dispenses: [4, 3] },
    { key: "colecalciferol", startedDaysAgo: 900, validForDays: 60, dispenses: [4, 3] },
    { key: "losartan", startedDaysAgo: 1500, validForDays: 200, dispenses: [4, 1] },
  ],
};

/** Doctors who prescribe, by unit: the GP offices' doctors and the hospital's internists. */
const PRESCRIBERS = {
  gp1: [DEMO_CLINICIAN_IDS.liseBerg, STAFF_IDS["gp1-lege-2"]!, STAFF_IDS["gp1-lege-3"]!],
  gp2: [STAFF_IDS["gp2-lege-1"]!, STAFF_IDS["gp2-lege-2"]!, STAFF_IDS["gp2-lege-3"]!],
  internalMedicine: [STAFF_IDS["indremedisin-1"]!, STAFF_IDS["indremedisin-2"]!],
} as const;

const dayOffset = (today: Date, days: number) => new Date(today.getTime() + days * DAY);

function demoRows(ctx: SeedContext): MedicationRow[] {
  const rows: MedicationRow[] = [];
  for (const [who, list] of Object.entries(DEMO_MEDICATIONS) as [
    DemoCitizenKey,
    readonly DemoMedication[],
  ][]) {
    const person = ctx.people.find((p) => p.id === DEMO_PERSON_IDS[who]);
    if (!person) continue;
    for (const m of list) {
      const hospital = "hospital" in MEDICATION_CATALOGUE[m.key];
      // Kari's and the family's GP is Lise Berg, so her renewal work list has their requests.
      const unit = hospital ? "internalMedicine" : person.gpUnit;
      const prescriberId = unit === "gp1" ? DEMO_CLINICIAN_IDS.liseBerg : PRESCRIBERS[unit][0];
      const start = dayOffset(ctx.today, -m.startedDaysAgo);
      rows.push({
        id: seedId(`medication:demo:${who}:${m.key}`),
        personId: person.id,
        key: m.key,
        status: m.ended?.status ?? "ACTIVE",
        startDate: start,
        endDate: m.ended ? dayOffset(ctx.today, -m.ended.daysAgo) : null,
        prescriberId,
        unitId: UNIT_IDS[unit],
        prescriptionValidUntil: m.ended
          ? dayOffset(ctx.today, -m.ended.daysAgo)
          : dayOffset(ctx.today, m.validForDays ?? 365),
        dispensesAllowed: m.ended ? 1 : (m.dispenses?.[0] ?? null),
        dispensesUsed: m.ended ? 1 : (m.dispenses?.[1] ?? 0),
        hiddenFromGuardians: m.hiddenFromGuardians ?? false,
      });
    }
  }
  return rows;
}

const CATALOGUE_INDEX = Object.fromEntries(
  Object.keys(MEDICATION_CATALOGUE).map((k, i) => [k, i]),
) as Record<MedicationKey, number>;

/** ageOn(birthDate, now) from the seed's today (an Oslo calendar date at UTC midnight), without time zones. */
function ageOnToday(birthDate: Date, today: Date): number {
  const age = today.getUTCFullYear() - birthDate.getUTCFullYear();
  const [m, bm] = [today.getUTCMonth(), birthDate.getUTCMonth()];
  return m < bm || (m === bm && today.getUTCDate() < birthDate.getUTCDate()) ? age - 1 : age;
}

/** About three medications a citizen: fewer for children, more for the elderly; a quarter earlier ones. */
export function medicationsFor(p: SeededPerson, ctx: SeedContext): MedicationRow[] {
  if (p.deathDate) return [];
  const rand = prng(`medications:${p.key}`);
  const ids = seedIdFamily(`medication:${p.key}`);
  const age = ageOnToday(p.birthDate, ctx.today);
  const pool = age < 18 ? CHILD_LONG_TERM : age < 67 ? ADULT_LONG_TERM : ELDERLY_LONG_TERM;
  const count =
    age < 18
      ? 1 + Math.floor(rand() * 2)
      : age < 67
        ? 2 + Math.floor(rand() * 4)
        : 3 + Math.floor(rand() * 4);
  const ageDays = Math.floor((ctx.today.getTime() - p.birthDate.getTime()) / DAY);
  const picked = new Set<MedicationKey>();
  const rows: MedicationRow[] = [];
  for (let i = 0; i < count; i++) {
    const earlier = rand() < 0.25;
    const key = earlier
      ? COURSES[Math.floor(rand() * COURSES.length)]!
      : pool[Math.floor(rand() * pool.length)]!;
    if (picked.has(key)) continue;
    picked.add(key);
    const hospital = "hospital" in MEDICATION_CATALOGUE[key];
    const unit = hospital ? "internalMedicine" : p.gpUnit;
    const prescribers = PRESCRIBERS[unit];
    const startedDaysAgo = Math.min(ageDays, 30 + Math.floor(rand() * 8 * 365));
    const base: Omit<
      MedicationRow,
      "status" | "endDate" | "prescriptionValidUntil" | "dispensesAllowed" | "dispensesUsed"
    > = {
      id: ids(CATALOGUE_INDEX[key]),
      personId: p.id,
      key,
      startDate: dayOffset(ctx.today, -startedDaysAgo),
      prescriberId: prescribers[Math.floor(rand() * prescribers.length)] ?? null,
      unitId: UNIT_IDS[unit],
      hiddenFromGuardians: false,
    };
    if (earlier) {
      const endedDaysAgo = Math.max(0, startedDaysAgo - 10);
      const end = dayOffset(ctx.today, -endedDaysAgo);
      rows.push({
        ...base,
        status: "COMPLETED",
        endDate: end,
        prescriptionValidUntil: end,
        dispensesAllowed: 1,
        dispensesUsed: 1,
      });
      continue;
    }
    // Most prescriptions are valid; some have expired or been used up and wait for a renewal.
    const roll = rand();
    const validFor = roll < 0.15 ? -Math.floor(rand() * 120) - 1 : Math.floor(rand() * 360) + 1;
    const used = roll >= 0.15 && roll < 0.25 ? 4 : Math.floor(rand() * 4);
    rows.push({
      ...base,
      status: "ACTIVE",
      endDate: null,
      prescriptionValidUntil: dayOffset(ctx.today, validFor),
      dispensesAllowed: 4,
      dispensesUsed: used,
    });
  }
  return rows;
}

const COLUMNS: readonly BulkColumn<MedicationRow>[] = [
  { name: "id", type: "uuid", value: (r) => r.id },
  { name: "person_id", type: "uuid", value: (r) => r.personId },
  { name: "name", type: "text", value: (r) => MEDICATION_CATALOGUE[r.key].name },
  { name: "atc_code", type: "text", value: (r) => MEDICATION_CATALOGUE[r.key].atcCode },
  { name: "strength", type: "text", value: (r) => MEDICATION_CATALOGUE[r.key].strength },
  { name: "form", type: "text", value: (r) => MEDICATION_CATALOGUE[r.key].form },
  { name: "dosage", type: "text", value: (r) => MEDICATION_CATALOGUE[r.key].dosage },
  { name: "instruction", type: "text", value: (r) => MEDICATION_CATALOGUE[r.key].instruction },
  { name: "reason", type: "text", value: (r) => MEDICATION_CATALOGUE[r.key].reason },
  { name: "status", type: '"MedicationStatementStatus"', value: (r) => r.status },
  { name: "start_date", type: "date", value: (r) => r.startDate },
  { name: "end_date", type: "date", value: (r) => r.endDate },
  { name: "prescriber_id", type: "uuid", value: (r) => r.prescriberId },
  { name: "unit_id", type: "uuid", value: (r) => r.unitId },
  { name: "prescription_valid_until", type: "date", value: (r) => r.prescriptionValidUntil },
  { name: "dispenses_allowed", type: "int", value: (r) => r.dispensesAllowed },
  { name: "dispenses_used", type: "int", value: (r) => r.dispensesUsed },
  { name: "hidden_from_guardians", type: "boolean", value: (r) => r.hiddenFromGuardians },
  { name: "updated_at", type: "timestamptz", value: () => new Date() },
];

/**
 * Medication lists: the demo people's fixed ones, and about three for every other citizen (the
 * region and `--patients N`), written with batched unnest inserts. A few open renewal requests at
 * the first GP office fill Lise Berg's work list; Per Hansen has one answered request.
 */
export const medicationsStep: SeedStep = {
  name: "medications",
  bulkTables: ["medication_statement"],
  async run(db, ctx) {
    const demoIds = new Set<string>(Object.values(DEMO_PERSON_IDS));
    const demo = demoRows(ctx);
    let total = await ctx.bulk.insert("medication_statement", COLUMNS, demo);
    // Open requests from ordinary patients of the first GP office, oldest first in the work list:
    // the first few ordinary patients with a current medication there, one request each.
    const chosen: MedicationRow[] = [];
    for (const p of ctx.people) {
      if (demoIds.has(p.id)) continue;
      const rows = medicationsFor(p, ctx);
      const current = rows.find((r) => r.unitId === UNIT_IDS.gp1 && r.status === "ACTIVE");
      if (current && chosen.length < 4) chosen.push(current);
      total += await ctx.bulk.insert("medication_statement", COLUMNS, rows);
    }
    // The renewal requests below point at these rows: they must be committed first.
    await ctx.bulk.flush();

    const lise = DEMO_CLINICIAN_IDS.liseBerg;
    const metformin = demo.find((r) => r.id === seedId("medication:demo:perHansen:metformin"))!;
    const answered = {
      id: seedId("renewal:demo:perHansen:metformin"),
      medicationId: metformin.id,
      personId: metformin.personId,
      unitId: metformin.unitId,
      requestedById: metformin.personId,
      note: "Jeg har bare noen få tabletter igjen.",
      status: "RENEWED" as const,
      requestedAt: new Date(ctx.now.getTime() - 66 * DAY),
      decidedAt: new Date(ctx.now.getTime() - 65 * DAY),
      decidedById: lise,
      newEndDate: metformin.prescriptionValidUntil,
    };
    const open = chosen.map((r, i) => ({
      id: seedId(`renewal:open:${r.id}`),
      medicationId: r.id,
      openForMedicationId: r.id,
      personId: r.personId,
      unitId: r.unitId,
      requestedById: r.personId,
      note: i % 2 === 0 ? "Resepten er snart brukt opp." : null,
      requestedAt: new Date(ctx.now.getTime() - (4 - i) * DAY),
    }));
    await db.medicationRenewalRequest.createMany({ data: [answered, ...open] });
    return `${total} medications, ${open.length + 1} renewal requests`;
  },
};
