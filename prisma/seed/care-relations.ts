import type { CareRelationKind } from "@/lib/generated/prisma/enums";
import { ageOn, startOfOsloDay } from "@/lib/time/oslo";
import type { BulkColumn } from "./bulk-insert";
import { type SeedContext, type SeedStep, type SeededPerson } from "./context";
import { prng, seedId } from "./ids";
import { UNIT_IDS, type UnitKey } from "./organisations";

export interface CareRelationRow {
  id: string;
  personId: string;
  unitId: string;
  kind: CareRelationKind;
  validFrom: Date;
  validUntil: Date | null;
}

const DAY = 86_400_000;

/** Start-of-day instants, memoised: 100 000 people share only ~33 000 dates. */
function dayStarts(): (date: Date) => Date {
  const memo = new Map<number, Date>();
  return (date) => {
    const t = date.getTime();
    let start = memo.get(t);
    if (!start) {
      start = startOfOsloDay(date.toISOString().slice(0, 10));
      memo.set(t, start);
    }
    return start;
  };
}

/**
 * A citizen's care relations: every citizen is on a GP list (ended on death); ordinary citizens
 * also get age-typical referrals and municipal enrolments, a quarter of referrals already ended.
 * The demo people's extra relations are fixed in demo-people.ts.
 */
export function careRelationsFor(
  p: SeededPerson,
  ctx: SeedContext,
  dayStart: (d: Date) => Date,
): CareRelationRow[] {
  const rand = prng(`care:${p.key}`);
  const today = ctx.today.getTime();
  const row = (
    unit: UnitKey,
    kind: CareRelationKind,
    fromDaysAgo: number,
    untilDaysAgo: number | null,
  ): CareRelationRow => ({
    id: seedId(`care:${p.key}:${unit}:${kind}`),
    personId: p.id,
    unitId: UNIT_IDS[unit],
    kind,
    validFrom: dayStart(new Date(Math.max(p.birthDate.getTime(), today - fromDaysAgo * DAY))),
    validUntil: untilDaysAgo === null ? null : dayStart(new Date(today - untilDaysAgo * DAY)),
  });

  // A deceased person was listed well before death, so the period is never empty.
  const diedDaysAgo = p.deathDate ? Math.ceil((today - p.deathDate.getTime()) / DAY) : 0;
  const gpListSince = diedDaysAgo + Math.floor(rand() * 15 * 365) + (p.deathDate ? 365 : 0);
  const rows: CareRelationRow[] = [
    {
      ...row(p.gpUnit, "GP_LIST", gpListSince, null),
      validUntil: p.deathDate ? dayStart(p.deathDate) : null,
    },
  ];
  if (p.key.startsWith("person:demo:") || p.deathDate) return rows;

  const age = ageOn(p.birthDate, ctx.now);
  const referral = (unit: UnitKey) => {
    const ended = rand() < 0.25;
    rows.push(
      ended
        ? row(unit, "REFERRAL", 200 + Math.floor(rand() * 200), 30 + Math.floor(rand() * 120))
        : row(unit, "REFERRAL", 5 + Math.floor(rand() * 180), null),
    );
  };
  const enrolment = (unit: UnitKey, maxDaysAgo: number) =>
    rows.push(row(unit, "ENROLMENT", 10 + Math.floor(rand() * maxDaysAgo), null));

  if (age < 6) {
    if (rand() < 0.9) enrolment("healthStation", 6 * 365);
  } else if (age < 18) {
    if (rand() < 0.15) enrolment("healthStation", 3 * 365);
    if (rand() < 0.06) referral("paediatrics");
  } else if (age < 67) {
    if (rand() < 0.1) referral(rand() < 0.5 ? "internalMedicine" : "orthopaedics");
    if (rand() < 0.07) enrolment("physiotherapy", 365);
    if (rand() < 0.04) enrolment("mentalHealth", 2 * 365);
    if (rand() < 0.015) enrolment("substanceAbuse", 2 * 365);
  } else {
    if (rand() < 0.35) enrolment("homeNursing", 4 * 365);
    if (rand() < 0.18) referral("internalMedicine");
    if (rand() < 0.08) referral("orthopaedics");
    if (rand() < 0.1) enrolment("physiotherapy", 365);
  }
  return rows;
}

const CARE_COLUMNS: readonly BulkColumn<CareRelationRow>[] = [
  { name: "id", type: "uuid", value: (r) => r.id },
  { name: "person_id", type: "uuid", value: (r) => r.personId },
  { name: "unit_id", type: "uuid", value: (r) => r.unitId },
  { name: "kind", type: '"CareRelationKind"', value: (r) => r.kind },
  { name: "valid_from", type: "timestamptz", value: (r) => r.validFrom },
  { name: "valid_until", type: "timestamptz", value: (r) => r.validUntil },
];

export const careRelationsStep: SeedStep = {
  name: "care-relations",
  bulkTables: ["care_relation"],
  async run(_db, ctx) {
    const dayStart = dayStarts();
    let total = 0;
    for (const p of ctx.people)
      total += await ctx.bulk.insert(
        "care_relation",
        CARE_COLUMNS,
        careRelationsFor(p, ctx, dayStart),
      );
    return `${total} care relations for ${ctx.people.length} citizens`;
  },
};
