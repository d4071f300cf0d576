/**
 * Lab results for the region: the analysis dictionary (lab-dictionary.ts), about 20 results per
 * citizen over several years, and for the demo people a fixed story: Kari's rising HbA1c and LDL,
 * a result waiting for review, one waiting for a conversation, one still preliminary; items hidden
 * from guardians on Jonas (14) and Sofie (17). Rows are generated per chunk of people and written with
 * one `INSERT … SELECT FROM unnest(…)` per batch, so `--patients 100000` (about 2 million results)
 * stays within minutes.
 */
import type {
  LabInterpretation,
  LabObservationStatus,
  LabReleaseCategory,
} from "@/lib/generated/prisma/enums";
import {
  interpret,
  pickReferenceRange,
  type ReferenceRange,
} from "@/lib/record/lab-results/reference-range";
import { ageOn, osloDateKey, osloWallClock } from "@/lib/time/oslo";
import type { BulkColumn } from "./bulk-insert";
import type { SeedContext, SeedStep, SeededPerson } from "./context";
import { DEMO_PERSON_IDS } from "./demo-people";
import { prng, seedId, seedIdFamily } from "./ids";
import {
  LAB_ANALYSES,
  LAB_PANELS,
  PERFORMING_LAB,
  type AnalysisDef,
  type AnalysisKey,
} from "./lab-dictionary";
import { UNIT_IDS } from "./organisations";

const DAY = 86_400_000;
const HOUR = 3_600_000;

export type RequisitionRow = {
  id: string;
  personId: string;
  ordererId: string | null;
  orderingUnitId: string;
  performingLab: string;
  takenAt: Date;
  issuedAt: Date | null;
};

export type ObservationRow = {
  id: string;
  requisitionId: string;
  personId: string;
  analysisCode: string;
  releaseCategory: LabReleaseCategory;
  valueQuantity: number | null;
  valueText: string | null;
  unit: string | null;
  referenceLow: number | null;
  referenceHigh: number | null;
  referenceText: string | null;
  interpretation: LabInterpretation | null;
  status: LabObservationStatus;
  takenAt: Date;
  issuedAt: Date | null;
  finalAt: Date | null;
  comment: string | null;
  hiddenFromGuardians: boolean;
  hiddenReason: string | null;
  hiddenById: string | null;
  releasedAt: Date | null;
  releasedById: string | null;
};

/** What a corrected demo result was first (lab_observation_revision). */
export type RevisionRow = {
  observationId: string;
  previousValueQuantity: number;
  previousUnit: string | null;
  previousReferenceLow: number | null;
  previousReferenceHigh: number | null;
  previousReferenceText: string | null;
  previousInterpretation: LabInterpretation | null;
  previousIssuedAt: Date;
  revisedAt: Date;
};

const REVISION_COLUMNS: readonly BulkColumn<RevisionRow>[] = [
  { name: "observation_id", type: "uuid", value: (r) => r.observationId },
  { name: "from_status", type: '"LabObservationStatus"', value: () => "FINAL" },
  { name: "to_status", type: '"LabObservationStatus"', value: () => "CORRECTED" },
  { name: "previous_value_quantity", type: "numeric", value: (r) => r.previousValueQuantity },
  { name: "previous_unit", type: "text", value: (r) => r.previousUnit },
  { name: "previous_reference_low", type: "numeric", value: (r) => r.previousReferenceLow },
  { name: "previous_reference_high", type: "numeric", value: (r) => r.previousReferenceHigh },
  { name: "previous_reference_text", type: "text", value: (r) => r.previousReferenceText },
  {
    name: "previous_interpretation",
    type: '"LabInterpretation"',
    value: (r) => r.previousInterpretation,
  },
  { name: "previous_issued_at", type: "timestamptz", value: (r) => r.previousIssuedAt },
  { name: "revised_at", type: "timestamptz", value: (r) => r.revisedAt },
];

const REQUISITION_COLUMNS: readonly BulkColumn<RequisitionRow>[] = [
  { name: "id", type: "uuid", value: (r) => r.id },
  { name: "person_id", type: "uuid", value: (r) => r.personId },
  { name: "orderer_id", type: "uuid", value: (r) => r.ordererId },
  { name: "ordering_unit_id", type: "uuid", value: (r) => r.orderingUnitId },
  { name: "performing_lab", type: "text", value: (r) => r.performingLab },
  { name: "taken_at", type: "timestamptz", value: (r) => r.takenAt },
  { name: "issued_at", type: "timestamptz", value: (r) => r.issuedAt },
];

const OBSERVATION_COLUMNS: readonly BulkColumn<ObservationRow>[] = [
  { name: "id", type: "uuid", value: (r) => r.id },
  { name: "requisition_id", type: "uuid", value: (r) => r.requisitionId },
  { name: "person_id", type: "uuid", value: (r) => r.personId },
  { name: "analysis_code", type: "text", value: (r) => r.analysisCode },
  { name: "release_category", type: '"LabReleaseCategory"', value: (r) => r.releaseCategory },
  { name: "value_quantity", type: "numeric", value: (r) => r.valueQuantity },
  { name: "value_text", type: "text", value: (r) => r.valueText },
  { name: "unit", type: "text", value: (r) => r.unit },
  { name: "reference_low", type: "numeric", value: (r) => r.referenceLow },
  { name: "reference_high", type: "numeric", value: (r) => r.referenceHigh },
  { name: "reference_text", type: "text", value: (r) => r.referenceText },
  { name: "interpretation", type: '"LabInterpretation"', value: (r) => r.interpretation },
  { name: "status", type: '"LabObservationStatus"', value: (r) => r.status },
  { name: "taken_at", type: "timestamptz", value: (r) => r.takenAt },
  { name: "issued_at", type: "timestamptz", value: (r) => r.issuedAt },
  { name: "final_at", type: "timestamptz", value: (r) => r.finalAt },
  { name: "comment", type: "text", value: (r) => r.comment },
  { name: "hidden_from_guardians", type: "boolean", value: (r) => r.hiddenFromGuardians },
  { name: "hidden_reason", type: "text", value: (r) => r.hiddenReason },
  { name: "hidden_by_id", type: "uuid", value: (r) => r.hiddenById },
  { name: "released_at", type: "timestamptz", value: (r) => r.releasedAt },
  { name: "released_by_id", type: "uuid", value: (r) => r.releasedById },
];

const rangesOf = (def: AnalysisDef): ReferenceRange[] =>
  def.ranges.map((r) => ({
    sex: r.sex ?? null,
    ageFromYears: r.ageFrom ?? 0,
    ageToYears: r.ageTo ?? null,
    low: r.low ?? null,
    high: r.high ?? null,
    text: r.text ?? null,
  }));

const RANGES = Object.fromEntries(
  Object.entries(LAB_ANALYSES).map(([k, def]) => [k, rangesOf(def)]),
) as Record<AnalysisKey, ReferenceRange[]>;

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

type ResultSpec = {
  key: AnalysisKey;
  value: number;
  status?: LabObservationStatus;
  /** Default: released the day after it became final when its category needs a release. */
  released?: boolean;
  comment?: string;
  hidden?: string;
  /** The value the laboratory first sent; `value` is its correction a day later (CORRECTED). */
  correctedFrom?: number;
};

/** Builds one requisition and its observations for a person (null analyses this person does not get). */
function requisition(
  person: SeededPerson,
  key: string,
  opts: {
    takenAt: Date;
    ordererId: string | null;
    unitId: string;
    finalAfterHours: number;
    results: ResultSpec[];
    /** Known already (bulk path); else worked out from takenAt. */
    age?: number;
    /** Bulk path: the requisition's id and its observations' (by analysis code); else name-based from `key`. */
    ids?: { requisition: string; observation(index: number): string };
  },
): { requisition: RequisitionRow; observations: ObservationRow[]; revisions: RevisionRow[] } {
  const id = opts.ids?.requisition ?? seedId(`lab:req:${key}`);
  const revisions: RevisionRow[] = [];
  const final = new Date(opts.takenAt.getTime() + opts.finalAfterHours * HOUR);
  const age = opts.age ?? ageOn(person.birthDate, opts.takenAt);
  const observations: ObservationRow[] = [];
  for (const spec of opts.results) {
    const def: AnalysisDef = LAB_ANALYSES[spec.key];
    const range = pickReferenceRange(RANGES[spec.key], person.sex, age);
    const status = spec.correctedFrom !== undefined ? "CORRECTED" : (spec.status ?? "FINAL");
    const needsRelease = def.releaseCategory !== "IMMEDIATE";
    const released = status !== "PRELIMINARY" && needsRelease && (spec.released ?? true);
    const value = round(spec.value, def.decimals);
    const observationId =
      opts.ids?.observation(observations.length) ?? seedId(`lab:obs:${key}:${spec.key}`);
    const correctedAt =
      spec.correctedFrom !== undefined ? new Date(final.getTime() + 24 * HOUR) : null;
    if (spec.correctedFrom !== undefined && correctedAt) {
      const first = round(spec.correctedFrom, def.decimals);
      revisions.push({
        observationId,
        previousValueQuantity: first,
        previousUnit: def.unit,
        previousReferenceLow: range?.low ?? null,
        previousReferenceHigh: range?.high ?? null,
        previousReferenceText: range?.text ?? null,
        previousInterpretation: interpret(first, range),
        previousIssuedAt: final,
        revisedAt: correctedAt,
      });
    }
    observations.push({
      id: observationId,
      requisitionId: id,
      personId: person.id,
      analysisCode: def.code,
      // The seed sets no organisation rules, so results arrive under the region's category.
      releaseCategory: def.releaseCategory,
      valueQuantity: value,
      valueText: null,
      unit: def.unit,
      referenceLow: range?.low ?? null,
      referenceHigh: range?.high ?? null,
      referenceText: range?.text ?? null,
      interpretation: interpret(value, range),
      status,
      takenAt: opts.takenAt,
      issuedAt:
        status === "PRELIMINARY" ? new Date(opts.takenAt.getTime() + HOUR) : (correctedAt ?? final),
      finalAt: status === "PRELIMINARY" ? null : final,
      comment: spec.comment ?? null,
      hiddenFromGuardians: spec.hidden !== undefined,
      hiddenReason: spec.hidden ?? null,
      hiddenById: spec.hidden !== undefined ? opts.ordererId : null,
      releasedAt: released ? new Date(final.getTime() + 20 * HOUR) : null,
      releasedById: released ? opts.ordererId : null,
    });
  }
  const issuedAt = observations.reduce<Date | null>(
    (latest, o) => (o.issuedAt && (!latest || o.issuedAt > latest) ? o.issuedAt : latest),
    null,
  );
  return {
    requisition: {
      id,
      personId: person.id,
      ordererId: opts.ordererId,
      orderingUnitId: opts.unitId,
      performingLab: PERFORMING_LAB,
      takenAt: opts.takenAt,
      issuedAt,
    },
    observations,
    revisions,
  };
}

/** A value near the middle of the person's range, out of range now and then. */
function drawValue(
  key: AnalysisKey,
  person: SeededPerson,
  age: number,
  rand: () => number,
): number | null {
  const range = pickReferenceRange(RANGES[key], person.sex, age);
  if (!range) return null;
  const out = rand() < 0.12;
  const { low, high } = range;
  if (low !== null && high !== null) {
    const span = high - low;
    if (out)
      return rand() < 0.5
        ? low - span * (0.05 + rand() * 0.25)
        : high + span * (0.05 + rand() * 0.35);
    return low + span * (0.15 + rand() * 0.7);
  }
  if (high !== null) return out ? high * (1.1 + rand() * 2) : high * (0.1 + rand() * 0.75);
  if (low !== null) return out ? low * (0.6 + rand() * 0.35) : low * (1.15 + rand() * 0.6);
  return null;
}

/** An Oslo day before the seed's today: its 07:00 instant and its calendar date. */
interface SampleDay {
  sevenAm: number;
  year: number;
  month: number;
  day: number;
}

const sampleDays = new WeakMap<SeedContext, Map<number, SampleDay>>();

/**
 * The Oslo day `daysAgo` days before now, worked out once per day: 2 million results share about
 * 1,500 days, and the time-zone arithmetic per result was a fifth of the seed's CPU.
 */
function sampleDay(ctx: SeedContext, daysAgo: number): SampleDay {
  let days = sampleDays.get(ctx);
  if (!days) sampleDays.set(ctx, (days = new Map()));
  let d = days.get(daysAgo);
  if (!d) {
    const key = osloDateKey(new Date(ctx.now.getTime() - daysAgo * DAY));
    const [year, month, day] = key.split("-").map(Number) as [number, number, number];
    d = { sevenAm: osloWallClock(key, 7, 0).getTime(), year, month: month - 1, day };
    days.set(daysAgo, d);
  }
  return d;
}

/** Samples are taken 07:00-11:00 Oslo time: no daylight-saving switch falls in that window. */
function takenAtDaysAgo(ctx: SeedContext, daysAgo: number, minute: number): Date {
  return new Date(sampleDay(ctx, daysAgo).sevenAm + minute * 60_000);
}

/** ageOn() for a calendar day already known (same rule: the birthday itself counts). */
function ageOnDay(birthDate: Date, day: SampleDay): number {
  const age = day.year - birthDate.getUTCFullYear();
  const bm = birthDate.getUTCMonth();
  return day.month < bm || (day.month === bm && day.day < birthDate.getUTCDate()) ? age - 1 : age;
}

/** Requisitions per ordinary citizen: with panels of three or four analyses, about 20 results. */
const REQUISITIONS_PER_PERSON = 6;

/** About 20 results over four years for an ordinary citizen; now and then a recent one awaiting review. */
function ordinaryResults(person: SeededPerson, ctx: SeedContext, doctors: Map<string, string[]>) {
  const rand = prng(`lab:${person.key}`);
  const ids = seedIdFamily(`lab:${person.key}`);
  const unitId = UNIT_IDS[person.gpUnit];
  const unitDoctors = doctors.get(unitId) ?? [];
  const requisitions: RequisitionRow[] = [];
  const observations: ObservationRow[] = [];
  const diedDaysAgo = person.deathDate
    ? Math.ceil((ctx.now.getTime() - person.deathDate.getTime()) / DAY)
    : 0;
  const recent = !person.deathDate && rand() < 0.05;
  for (let i = 0; i < REQUISITIONS_PER_PERSON; i++) {
    const daysAgo =
      i === 0 && recent
        ? 2 + Math.floor(rand() * 10)
        : diedDaysAgo + 30 + Math.floor(rand() * 1430);
    const takenAt = takenAtDaysAgo(ctx, daysAgo, Math.floor(rand() * 240));
    const age = ageOnDay(person.birthDate, sampleDay(ctx, daysAgo));
    if (age < 1) continue;
    const panel = LAB_PANELS[Math.floor(rand() * LAB_PANELS.length)]!;
    const results: ResultSpec[] = [];
    for (const key of panel) {
      const def: AnalysisDef = LAB_ANALYSES[key];
      if ((def.minAge ?? 0) > age || (def.onlySex && def.onlySex !== person.sex)) continue;
      const value = drawValue(key, person, age, rand);
      if (value !== null)
        results.push({ key, value, released: !(i === 0 && recent) && rand() > 0.1 });
    }
    if (results.length === 0) continue;
    // Row numbers in the family: requisition i is 32·i, its observations 32·i + 1 … (a panel has < 31).
    const built = requisition(person, `${person.key}:${i}`, {
      age,
      ids: { requisition: ids(32 * i), observation: (n) => ids(32 * i + 1 + n) },
      takenAt,
      unitId,
      ordererId: unitDoctors[Math.floor(rand() * unitDoctors.length)] ?? null,
      finalAfterHours: 6 + Math.floor(rand() * 30),
      results,
    });
    requisitions.push(built.requisition);
    observations.push(...built.observations);
  }
  return { requisitions, observations };
}

/** The demo people's fixed story (see the README's demo table). */
function demoResults(
  ctx: SeedContext,
  people: Map<string, SeededPerson>,
  liseBergId: string | null,
) {
  const gp1 = UNIT_IDS.gp1;
  const out: {
    requisitions: RequisitionRow[];
    observations: ObservationRow[];
    revisions: RevisionRow[];
  } = { requisitions: [], observations: [], revisions: [] };
  const add = (built: ReturnType<typeof requisition>) => {
    out.requisitions.push(built.requisition);
    out.observations.push(...built.observations);
    out.revisions.push(...built.revisions);
  };
  const kari = people.get(DEMO_PERSON_IDS.kari);
  if (kari) {
    // Four and a half years of check-ups: HbA1c and LDL creep up, iron and vitamin D dip now and then.
    const history: Array<[number, Partial<Record<AnalysisKey, number>>]> = [
      [
        1620,
        { hb: 13.2, ferritin: 40, vitaminD: 62, cholesterol: 5.4, ldl: 3.8, hba1c: 36, tsh: 1.8 },
      ],
      [
        1440,
        { hb: 12.8, ferritin: 22, vitaminD: 41, cholesterol: 5.5, ldl: 3.9, hba1c: 37, tsh: 2.1 },
      ],
      [
        1260,
        { hb: 11.4, ferritin: 9, vitaminD: 58, cholesterol: 5.7, ldl: 4.1, hba1c: 38, tsh: 1.9 },
      ],
      [
        1080,
        { hb: 12.6, ferritin: 35, vitaminD: 45, cholesterol: 5.6, ldl: 4.0, hba1c: 38, tsh: 2.4 },
      ],
      [
        900,
        { hb: 13.0, ferritin: 48, vitaminD: 66, cholesterol: 5.9, ldl: 4.3, hba1c: 40, tsh: 2.2 },
      ],
      [
        720,
        { hb: 13.4, ferritin: 52, vitaminD: 70, cholesterol: 6.0, ldl: 4.4, hba1c: 41, tsh: 2.0 },
      ],
      [
        540,
        { hb: 13.1, ferritin: 44, vitaminD: 55, cholesterol: 6.2, ldl: 4.6, hba1c: 42, tsh: 2.6 },
      ],
      [
        360,
        { hb: 12.9, ferritin: 39, vitaminD: 48, cholesterol: 6.4, ldl: 4.8, hba1c: 43, tsh: 2.3 },
      ],
      [
        120,
        { hb: 13.3, ferritin: 41, vitaminD: 61, cholesterol: 6.5, ldl: 4.9, hba1c: 44, tsh: 2.5 },
      ],
    ];
    for (const [i, [daysAgo, values]] of history.entries()) {
      add(
        requisition(kari, `demo:kari:history:${i}`, {
          takenAt: takenAtDaysAgo(ctx, daysAgo, 30 + i * 7),
          ordererId: liseBergId,
          unitId: gp1,
          finalAfterHours: 26,
          results: (Object.entries(values) as [AnalysisKey, number][]).map(([key, value]) => ({
            key,
            value,
            ...(key === "hba1c" && value > 42
              ? { comment: "Litt høyt langtidsblodsukker. Vi følger det med en ny prøve." }
              : {}),
          })),
        }),
      );
    }
    // Three days ago: blood count shown at once (the laboratory corrected CRP a day later); HbA1c and
    // kidney values wait for Lise Berg's review.
    add(
      requisition(kari, "demo:kari:recent", {
        takenAt: takenAtDaysAgo(ctx, 3, 75),
        ordererId: liseBergId,
        unitId: gp1,
        finalAfterHours: 29,
        results: [
          { key: "hb", value: 13.0 },
          { key: "crp", value: 3, correctedFrom: 2 },
          { key: "hba1c", value: 46, released: false },
          { key: "creatinine", value: 68, released: false },
          { key: "egfr", value: 97, released: false },
        ],
      }),
    );
    // Six days ago: CA 125, shown only after a conversation with the doctor.
    add(
      requisition(kari, "demo:kari:ca125", {
        takenAt: takenAtDaysAgo(ctx, 6, 90),
        ordererId: liseBergId,
        unitId: gp1,
        finalAfterHours: 50,
        results: [{ key: "ca125", value: 41, released: false }],
      }),
    );
    // This morning: TSH, still preliminary.
    add(
      requisition(kari, "demo:kari:today", {
        takenAt: new Date(ctx.now.getTime() - 2 * HOUR),
        ordererId: liseBergId,
        unitId: gp1,
        finalAfterHours: 30,
        results: [{ key: "tsh", value: 2.7, status: "PRELIMINARY" }],
      }),
    );
  }
  const hiddenReason = "Ungdommen har bedt om at foreldrene ikke får se svaret.";
  const jonas = people.get(DEMO_PERSON_IDS.jonas);
  if (jonas) {
    add(
      requisition(jonas, "demo:jonas:hidden", {
        takenAt: takenAtDaysAgo(ctx, 40, 60),
        ordererId: liseBergId,
        unitId: gp1,
        finalAfterHours: 24,
        results: [
          { key: "hb", value: 14.1 },
          { key: "ferritin", value: 12, hidden: hiddenReason },
        ],
      }),
    );
  }
  const sofie = people.get(DEMO_PERSON_IDS.sofie);
  if (sofie) {
    add(
      requisition(sofie, "demo:sofie:hidden", {
        takenAt: takenAtDaysAgo(ctx, 25, 45),
        ordererId: liseBergId,
        unitId: gp1,
        finalAfterHours: 24,
        results: [
          { key: "crp", value: 14, hidden: hiddenReason },
          { key: "leukocytes", value: 11.2, hidden: hiddenReason },
        ],
      }),
    );
  }
  return out;
}

export const labResultsStep: SeedStep = {
  name: "lab results",
  // lab_result_notice and lab_observation_revision point at the results and hold (next to) nothing
  // at seeding; listing them lifts their keys to the results for the load, so lab_observation's
  // primary key can be built in one sort afterwards.
  bulkTables: [
    "lab_requisition",
    "lab_observation",
    "lab_result_notice",
    "lab_observation_revision",
  ],
  async run(db, ctx) {
    await db.labAnalysis.createMany({
      data: Object.values(LAB_ANALYSES).map((a: AnalysisDef) => ({
        code: a.code,
        name: a.name,
        shortName: a.shortName,
        unit: a.unit,
        decimals: a.decimals,
        releaseCategory: a.releaseCategory,
      })),
    });
    await db.labReferenceRange.createMany({
      data: Object.values(LAB_ANALYSES).flatMap((a: AnalysisDef) =>
        rangesOf(a).map((r, i) => ({
          id: seedId(`lab:range:${a.code}:${i}`),
          analysisCode: a.code,
          ...r,
        })),
      ),
    });
    await db.labExplanation.createMany({
      data: Object.values(LAB_ANALYSES).flatMap((a: AnalysisDef) =>
        (["nb", "en"] as const).map((locale) => ({
          analysisCode: a.code,
          locale,
          ...a.explanation[locale],
        })),
      ),
    });

    // The doctors of each unit order the tests.
    const memberships = await db.unitMembership.findMany({
      where: { clinician: { profession: "lege" } },
      orderBy: [{ role: "desc" }, { clinicianId: "asc" }],
      select: { unitId: true, clinicianId: true },
    });
    const doctors = new Map<string, string[]>();
    for (const m of memberships)
      doctors.set(m.unitId, [...(doctors.get(m.unitId) ?? []), m.clinicianId]);
    const liseBerg = await db.clinician.findFirst({
      where: { givenName: "Lise", familyName: "Berg" },
      select: { id: true },
    });

    const demoIds = new Set<string>([DEMO_PERSON_IDS.kari]);
    const people = new Map(ctx.people.map((p) => [p.id, p]));
    let requisitions = 0;
    let observations = 0;
    const write = async (reqs: RequisitionRow[], obs: ObservationRow[]) => {
      requisitions += await ctx.bulk.insert("lab_requisition", REQUISITION_COLUMNS, reqs);
      observations += await ctx.bulk.insert("lab_observation", OBSERVATION_COLUMNS, obs);
    };
    const demo = demoResults(ctx, people, liseBerg?.id ?? null);
    await write(demo.requisitions, demo.observations);
    await ctx.bulk.insert("lab_observation_revision", REVISION_COLUMNS, demo.revisions);

    // Handed over a person at a time (the writer batches): 2 million rows never sit in memory, and
    // each person's rows are garbage before the collector has to move them.
    for (const person of ctx.people) {
      if (demoIds.has(person.id)) continue;
      const built = ordinaryResults(person, ctx, doctors);
      await write(built.requisitions, built.observations);
    }
    return `${Object.keys(LAB_ANALYSES).length} analyses, ${requisitions} requisitions, ${observations} results`;
  },
};
