// Lab results: the authorization matrix of the release rules against a real database, through the
// gate, plus releasing, the "show at once" choice, hidden-from-guardians and the clinician work list.
import { receiveLabResults } from "@/lib/record/lab-results/receive-lab-results";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import type { LabReleaseCategory } from "@/lib/generated/prisma/enums";
import { getAnalysisTrend } from "@/lib/record/lab-results/get-analysis-trend";
import { listLabResults } from "@/lib/record/lab-results/list-lab-results";
import { getPatientLabResults } from "@/lib/record/lab-results/patient-lab-results";
import { listReleaseWorkList } from "@/lib/record/lab-results/release-work-list";
import { releaseResults } from "@/lib/record/lab-results/release-results";
import { setShowAtOnce } from "@/lib/record/lab-results/set-show-at-once";
import { setHiddenFromGuardians } from "@/lib/record/lab-results/hide-from-guardians";
import type { ResultView } from "@/lib/record/lab-results/result-view";
import { verifyAccessLog } from "@/lib/access-log/verify-log";
import { useTestDatabase } from "./harness";
import { expectNotFound } from "./expect-not-found";
import {
  createCareRelation,
  createClinician,
  createFamily,
  createOrganisationWithUnit,
  createPerson,
  createPersonWithProxy,
  citizenActor,
} from "./factories";

const t = useTestDatabase();
const MINUTE = 60_000;
const DAY = 86_400_000;

// Final on 2 November 2026 at 10:00 Oslo (UTC+1, no DST switch within 14 days).
const FINAL = new Date("2026-11-02T09:00:00Z");
const BEFORE_NET = new Date(FINAL.getTime() + 14 * DAY - MINUTE);
const AFTER_NET = new Date(FINAL.getTime() + 14 * DAY);
const TAKEN = new Date(FINAL.getTime() - DAY);
/** Long before any result: relations and grants that hold at every instant these tests read at. */
const LONG_AGO = new Date(FINAL.getTime() - 400 * DAY);

const CODES: Record<LabReleaseCategory, string> = {
  IMMEDIATE: "TST00001",
  AFTER_REVIEW: "TST00002",
  AFTER_CONVERSATION: "TST00003",
};
const CATEGORIES = Object.keys(CODES) as LabReleaseCategory[];

const citizen = citizenActor;

let unitId: string;
let otherUnitId: string;
let clinician: Extract<Actor, { kind: "CLINICIAN" }>;
let outsider: Extract<Actor, { kind: "CLINICIAN" }>;

/** One requisition with one result of each given analysis; returns the observation ids by key. */
async function requisition(
  personId: string,
  results: Array<{
    key: string;
    code: string;
    released?: boolean;
    hidden?: boolean;
    value?: number;
  }>,
  opts: { unit?: string; taken?: Date } = {},
) {
  const received = await receiveLabResults(t.db, {
    requisition: {
      personId,
      orderingUnitId: opts.unit ?? unitId,
      ordererId: clinician.clinicianId,
      performingLab: "Testlaboratoriet",
      takenAt: opts.taken ?? TAKEN,
      issuedAt: FINAL,
    },
    results: results.map((r) => ({
      analysisCode: r.code,
      valueQuantity: r.value ?? 7.5,
      unit: "mmol/L",
      referenceLow: 4,
      referenceHigh: 6,
      interpretation: "HIGH",
      status: "FINAL",
      takenAt: opts.taken ?? TAKEN,
      issuedAt: FINAL,
      finalAt: FINAL,
      releasedAt: r.released ? new Date(FINAL.getTime() + 60 * MINUTE) : null,
      hiddenFromGuardians: r.hidden ?? false,
      hiddenReason: r.hidden ? "Ønsket av ungdommen" : null,
    })),
  });
  const ids = Object.fromEntries(results.map((r, i) => [r.key, received.observationIds[i]!]));
  return { requisitionId: received.requisitionId, ids };
}

/** Six results: every release category, released and not. */
async function matrixResults(personId: string) {
  return (
    await requisition(
      personId,
      CATEGORIES.flatMap((c) => [
        { key: `${c}:released`, code: CODES[c], released: true },
        { key: `${c}:waiting`, code: CODES[c] },
      ]),
    )
  ).ids;
}

/** The rule written out by hand (not by calling the function under test). */
function expected(
  viewer: "citizen" | "clinician",
  category: LabReleaseCategory,
  released: boolean,
  afterNet: boolean,
  showAtOnce: boolean,
): string {
  if (viewer === "clinician") return "visible";
  if (category === "IMMEDIATE" || released) return "visible";
  if (category === "AFTER_CONVERSATION") return "pending:none";
  return afterNet || showAtOnce ? "visible" : `pending:${AFTER_NET.toISOString()}`;
}

function stateOf(views: ResultView[], id: string): string {
  const v = views.find((r) => r.id === id);
  if (!v) return "absent";
  if (v.state === "pending") {
    // A pending result carries no value, flag, range or comment at all.
    expect(Object.keys(v).sort()).toEqual([
      "code",
      "id",
      "name",
      "reason",
      "shortName",
      "showsBy",
      "state",
      "takenAt",
    ]);
    return `pending:${v.showsBy ? v.showsBy.toISOString() : "none"}`;
  }
  return "visible";
}

beforeAll(async () => {
  ({
    unit: { id: unitId },
  } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Fastlegen",
  }));
  ({
    unit: { id: otherUnitId },
  } = await createOrganisationWithUnit(t.db, {
    kind: "HOSPITAL",
    unitKind: "HOSPITAL_DEPARTMENT",
    unitName: "Annen avdeling",
  }));
  const c = await createClinician(t.db, { unitIds: [unitId] });
  clinician = {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId: c.id,
    name: "Dr Test",
    profession: "lege",
    units: [{ id: unitId, name: "Fastlegen", organisationName: "Kontoret" }],
  };
  const o = await createClinician(t.db, { unitIds: [otherUnitId] });
  outsider = {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId: o.id,
    name: "Dr Annen",
    profession: "lege",
    units: [{ id: otherUnitId, name: "Annen avdeling", organisationName: "Sykehuset" }],
  };
  await t.db.labAnalysis.createMany({
    data: CATEGORIES.map((c, i) => ({
      code: CODES[c],
      name: `P-Test${i}`,
      shortName: `Test ${i}`,
      unit: "mmol/L",
      decimals: 1,
      releaseCategory: c,
    })),
  });
  await t.db.labExplanation.createMany({
    data: CATEGORIES.flatMap((c) => [
      { analysisCode: CODES[c], locale: "nb", what: `Hva ${c}`, meaning: `Betyr ${c}` },
      { analysisCode: CODES[c], locale: "en", what: `What ${c}`, meaning: `Means ${c}` },
    ]),
  });
});

/** A clinician in a GP office of its own, with nothing waiting there yet. */
async function clinicianOfNewUnit(unitName: string) {
  const {
    unit: { id: unitId },
  } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName,
  });
  const c = await createClinician(t.db, { unitIds: [unitId] });
  const me: Actor = {
    ...clinician,
    clinicianId: c.id,
    units: [{ ...clinician.units[0]!, id: unitId }],
  };
  return { unitId, me, clinicianId: c.id };
}

/** Who reads in a matrix row: the actor, the subject they ask for, whose results they are. */
type Reader = { actor: Actor; subject: string; personId: string };

/** A proxy of a new 80-year-old, holding a grant at `level` for `categories`. */
async function proxyReader(
  level: "READ" | "READ_AND_ACT",
  categories: ("LAB_RESULTS" | "APPOINTMENTS" | "MEDICATIONS")[],
): Promise<Reader> {
  const { person, proxy } = await createPersonWithProxy(t.db, {
    age: 80,
    level,
    categories,
    validFrom: LONG_AGO,
  });
  return { actor: citizen(proxy), subject: person.id, personId: person.id };
}

/** A parent reading for their child of `age`. */
async function parentReader(age: number): Promise<Reader> {
  const f = await createFamily(t.db, { childAges: [age] });
  const child = f.children[0]!;
  return { actor: citizen(f.parents[0]!), subject: child.id, personId: child.id };
}

describe("the release matrix: category × viewer × release × day 14 × the show-at-once choice", () => {
  type Viewer = {
    name: string;
    kind: "citizen" | "clinician";
    make(): Promise<Reader>;
  };
  const viewers: Viewer[] = [
    {
      name: "self",
      kind: "citizen",
      async make() {
        const p = await createPerson(t.db, { age: 45 });
        return { actor: citizen(p), subject: "meg", personId: p.id };
      },
    },
    {
      name: "proxy with LAB_RESULTS",
      kind: "citizen",
      make: () => proxyReader("READ", ["LAB_RESULTS"]),
    },
    {
      name: "parent of a 10-year-old",
      kind: "citizen",
      make: () => parentReader(10),
    },
    {
      name: "clinician with a care relation",
      kind: "clinician",
      async make() {
        const p = await createPerson(t.db, { age: 60 });
        await createCareRelation(t.db, {
          personId: p.id,
          unitId,
          kind: "GP_LIST",
          validFrom: LONG_AGO,
        });
        return { actor: clinician, subject: p.id, personId: p.id };
      },
    },
  ];

  for (const viewer of viewers) {
    for (const showAtOnce of [false, true]) {
      it(`${viewer.name}, show at once ${showAtOnce ? "on" : "off"}`, async () => {
        const { actor, subject, personId } = await viewer.make();
        const ids = await matrixResults(personId);
        if (showAtOnce)
          await t.db.labReleasePreference.create({
            data: { personId, showAtOnce: true, changedAt: TAKEN },
          });
        for (const [when, now] of [
          ["before day 14", BEFORE_NET],
          ["after day 14", AFTER_NET],
        ] as const) {
          const views =
            viewer.kind === "clinician"
              ? (await getPatientLabResults(t.db, actor, subject, now)).map(
                  (r) => ({ state: "visible", id: r.id }) as ResultView,
                )
              : (await listLabResults(t.db, actor, subject, { now })).requisitions.flatMap(
                  (r) => r.results,
                );
          for (const category of CATEGORIES) {
            for (const released of [true, false]) {
              const id = ids[`${category}:${released ? "released" : "waiting"}`]!;
              expect(
                stateOf(views, id),
                `${category}, ${released ? "released" : "not released"}, ${when}`,
              ).toBe(expected(viewer.kind, category, released, now === AFTER_NET, showAtOnce));
            }
          }
        }
      });
    }
  }

  const refused: Array<{
    name: string;
    make(): Promise<Reader>;
  }> = [
    {
      name: "proxy without LAB_RESULTS",
      make: () => proxyReader("READ_AND_ACT", ["APPOINTMENTS", "MEDICATIONS"]),
    },
    {
      name: "parent of a 14-year-old (LAB_RESULTS is outside the limited scope)",
      make: () => parentReader(14),
    },
    {
      name: "clinician without a care relation",
      async make() {
        const p = await createPerson(t.db, { age: 60 });
        return { actor: outsider, subject: p.id, personId: p.id };
      },
    },
  ];

  for (const r of refused) {
    it(`${r.name}: refused like a person who does not exist, nothing logged, nothing revealed`, async () => {
      const { actor, subject, personId } = await r.make();
      await matrixResults(personId);
      const logBefore = await t.db.accessLogEntry.count({ where: { personId } });
      const rowsBefore = await t.db.labObservation.count({
        where: { personId, releasedAt: { not: null } },
      });
      await expectNotFound(listLabResults(t.db, actor, subject, { now: AFTER_NET }));
      await expectNotFound(
        getAnalysisTrend(t.db, actor, subject, CODES.IMMEDIATE, { locale: "nb", now: AFTER_NET }),
      );
      if (actor.kind === "CLINICIAN")
        await expectNotFound(getPatientLabResults(t.db, actor, subject, AFTER_NET));
      // The same refusal as for an id that belongs to nobody.
      await expectNotFound(
        listLabResults(t.db, actor, "00000000-0000-4000-8000-000000000000", { now: AFTER_NET }),
      );
      expect(await t.db.accessLogEntry.count({ where: { personId } })).toBe(logBefore);
      expect(
        await t.db.labObservation.count({ where: { personId, releasedAt: { not: null } } }),
      ).toBe(rowsBefore);
    });
  }
});

describe("hidden from guardians", () => {
  async function teenWithHidden(age: number) {
    const f = await createFamily(t.db, { childAges: [age] });
    const child = f.children[0]!;
    await createCareRelation(t.db, {
      personId: child.id,
      unitId,
      kind: "GP_LIST",
      validFrom: LONG_AGO,
    });
    const hiddenOnly = await requisition(
      child.id,
      [{ key: "h", code: CODES.IMMEDIATE, hidden: true }],
      { taken: new Date(TAKEN.getTime() + DAY) },
    );
    const mixed = await requisition(child.id, [
      { key: "shown", code: CODES.AFTER_REVIEW, released: true },
      { key: "h2", code: CODES.AFTER_REVIEW, hidden: true, released: true },
    ]);
    return {
      f,
      child,
      hiddenId: hiddenOnly.ids.h!,
      hidden2: mixed.ids.h2!,
      shownId: mixed.ids.shown!,
      hiddenRequisition: hiddenOnly.requisitionId,
    };
  }

  it("a parent (child under 12) never sees a hidden item: not in the list, not in a count, not in a trend", async () => {
    const { f, child, hiddenId, hidden2, shownId, hiddenRequisition } = await teenWithHidden(10);
    const page = await listLabResults(t.db, citizen(f.parents[0]!), child.id, { now: AFTER_NET });
    const ids = page.requisitions.flatMap((r) => r.results.map((x) => x.id));
    expect(ids).toEqual([shownId]);
    expect(page.requisitions.map((r) => r.id)).not.toContain(hiddenRequisition);
    expect(page.requisitions).toHaveLength(1);
    expect(hiddenId).not.toBe(hidden2);
    // The analysis that only has hidden results has no trend for the parent at all.
    await expectNotFound(
      getAnalysisTrend(t.db, citizen(f.parents[0]!), child.id, CODES.IMMEDIATE, {
        locale: "nb",
        now: AFTER_NET,
      }),
    );
    const trend = await getAnalysisTrend(
      t.db,
      citizen(f.parents[0]!),
      child.id,
      CODES.AFTER_REVIEW,
      { locale: "nb", now: AFTER_NET },
    );
    expect(trend.points.map((p) => p.id)).toEqual([shownId]);
  });

  it("a proxy never sees a hidden item either", async () => {
    const { person: p, proxy } = await createPersonWithProxy(t.db, {
      age: 17,
      proxyAge: 45,
      level: "READ",
      categories: ["LAB_RESULTS"],
      validFrom: LONG_AGO,
    });
    const { ids } = await requisition(p.id, [
      { key: "h", code: CODES.IMMEDIATE, hidden: true },
      { key: "s", code: CODES.IMMEDIATE },
    ]);
    const page = await listLabResults(t.db, citizen(proxy), p.id, { now: AFTER_NET });
    expect(page.requisitions.flatMap((r) => r.results.map((x) => x.id))).toEqual([ids.s]);
  });

  it("the young person sees every item and which ones are hidden from guardians; the clinician sees all", async () => {
    const { child, hiddenId, hidden2, shownId } = await teenWithHidden(14);
    const own = await listLabResults(t.db, citizen(child), "meg", { now: AFTER_NET });
    const views = own.requisitions.flatMap((r) => r.results);
    expect(views.map((v) => v.id).sort()).toEqual([hiddenId, hidden2, shownId].sort());
    const flags = Object.fromEntries(
      views.map((v) => [v.id, v.state === "visible" && v.hiddenFromGuardians]),
    );
    expect(flags).toEqual({ [hiddenId]: true, [hidden2]: true, [shownId]: false });
    const chart = await getPatientLabResults(t.db, clinician, child.id, AFTER_NET);
    expect(chart.map((r) => r.id).sort()).toEqual([hiddenId, hidden2, shownId].sort());
    expect(chart.find((r) => r.id === hiddenId)?.hiddenReason).toBe("Ønsket av ungdommen");
  });
});

describe("a clinician marks a result hidden from guardians", () => {
  it("with a reason: the parent no longer sees it, the child does; logged; an outsider or another person's result changes nothing", async () => {
    const f = await createFamily(t.db, { childAges: [9] });
    const child = f.children[0]!;
    await createCareRelation(t.db, {
      personId: child.id,
      unitId,
      kind: "GP_LIST",
      validFrom: LONG_AGO,
    });
    const { ids } = await requisition(child.id, [
      { key: "a", code: CODES.IMMEDIATE },
      { key: "b", code: CODES.IMMEDIATE },
    ]);
    const parent = citizen(f.parents[0]!);
    const seen = async () =>
      (await listLabResults(t.db, parent, child.id, { now: AFTER_NET })).requisitions
        .flatMap((r) => r.results.map((x) => x.id))
        .sort();
    expect(await seen()).toEqual([ids.a, ids.b].sort());

    await expectNotFound(
      setHiddenFromGuardians(
        t.db,
        outsider,
        { personId: child.id, observationId: ids.a!, hidden: true, reason: "Ungdommen ønsker det" },
        AFTER_NET,
      ),
    );
    const stranger = await createPerson(t.db, { age: 30 });
    await createCareRelation(t.db, {
      personId: stranger.id,
      unitId,
      kind: "GP_LIST",
      validFrom: LONG_AGO,
    });
    await expectNotFound(
      setHiddenFromGuardians(
        t.db,
        clinician,
        { personId: stranger.id, observationId: ids.a!, hidden: true, reason: "Feil person" },
        AFTER_NET,
      ),
    );
    expect(await seen()).toEqual([ids.a, ids.b].sort());

    await setHiddenFromGuardians(
      t.db,
      clinician,
      { personId: child.id, observationId: ids.a!, hidden: true, reason: "Ungdommen ønsker det" },
      AFTER_NET,
    );
    expect(await seen()).toEqual([ids.b]);
    const own = await listLabResults(t.db, citizen(child), "meg", { now: AFTER_NET });
    expect(own.requisitions.flatMap((r) => r.results).find((r) => r.id === ids.a)).toMatchObject({
      state: "visible",
      hiddenFromGuardians: true,
    });
    const entry = await t.db.accessLogEntry.findFirst({
      where: { personId: child.id, action: "UPDATE" },
      orderBy: { seq: "desc" },
    });
    expect(entry).toMatchObject({
      itemType: "lab_observation",
      itemId: ids.a,
      actorClinicianId: clinician.clinicianId,
    });

    await setHiddenFromGuardians(
      t.db,
      clinician,
      { personId: child.id, observationId: ids.a!, hidden: false },
      AFTER_NET,
    );
    expect(await seen()).toEqual([ids.a, ids.b].sort());
  });
});

describe("releasing, the choice, the work list", () => {
  it("a clinician releases with a comment: the patient sees value and comment; logged; a second release changes nothing", async () => {
    const p = await createPerson(t.db, { age: 50 });
    await createCareRelation(t.db, {
      personId: p.id,
      unitId,
      kind: "GP_LIST",
      validFrom: LONG_AGO,
    });
    const { ids } = await requisition(p.id, [{ key: "conv", code: CODES.AFTER_CONVERSATION }]);
    const id = ids.conv!;
    const before = await listLabResults(t.db, citizen(p), "meg", { now: BEFORE_NET });
    expect(stateOf(before.requisitions[0]!.results, id)).toBe("pending:none");

    const logBefore = await t.db.accessLogEntry.count({ where: { personId: p.id } });
    const first = await releaseResults(
      t.db,
      clinician,
      { items: [`${p.id}:${id}`], comment: "Vi snakket om svaret på telefon." },
      BEFORE_NET,
    );
    expect(first).toEqual({ released: 1, skipped: 0 });
    const entries = await t.db.accessLogEntry.findMany({
      where: { personId: p.id },
      orderBy: { seq: "asc" },
    });
    expect(entries).toHaveLength(logBefore + 1);
    expect(entries.at(-1)).toMatchObject({
      category: "LAB_RESULTS",
      action: "UPDATE",
      itemType: "lab_observation",
      itemId: id,
      basis: "CARE_RELATION",
      actorClinicianId: clinician.clinicianId,
    });

    const again = await releaseResults(
      t.db,
      clinician,
      { items: [`${p.id}:${id}`], comment: "Annen kommentar" },
      AFTER_NET,
    );
    expect(again).toEqual({ released: 0, skipped: 1 });
    expect(await t.db.accessLogEntry.count({ where: { personId: p.id } })).toBe(logBefore + 1);

    const after = await listLabResults(t.db, citizen(p), "meg", { now: BEFORE_NET });
    const view = after.requisitions[0]!.results.find((r) => r.id === id);
    expect(view).toMatchObject({
      state: "visible",
      value: 7.5,
      low: 4,
      high: 6,
      interpretation: "HIGH",
      comment: "Vi snakket om svaret på telefon.",
    });
  });

  it("a clinician of another unit, or one naming another person's result, releases nothing", async () => {
    const p = await createPerson(t.db, { age: 50 });
    const other = await createPerson(t.db, { age: 50 });
    await createCareRelation(t.db, { personId: p.id, unitId, kind: "GP_LIST" });
    await createCareRelation(t.db, { personId: other.id, unitId, kind: "GP_LIST" });
    await createCareRelation(t.db, { personId: p.id, unitId: otherUnitId, kind: "REFERRAL" });
    const { ids } = await requisition(p.id, [{ key: "r", code: CODES.AFTER_REVIEW }]);
    expect(
      await releaseResults(
        t.db,
        outsider,
        { items: [`${p.id}:${ids.r}`], comment: null },
        BEFORE_NET,
      ),
    ).toEqual({ released: 0, skipped: 1 });
    expect(
      await releaseResults(
        t.db,
        clinician,
        { items: [`${other.id}:${ids.r}`], comment: null },
        BEFORE_NET,
      ),
    ).toEqual({ released: 0, skipped: 1 });
    const row = await t.db.labObservation.findUniqueOrThrow({ where: { id: ids.r! } });
    expect(row.releasedAt).toBeNull();
  });

  it("the show-at-once choice is the person's own, logged, and undoable", async () => {
    const { person: p, proxy } = await createPersonWithProxy(t.db, {
      age: 50,
      level: "READ_AND_ACT",
      categories: ["LAB_RESULTS"],
      validFrom: LONG_AGO,
    });
    const { ids } = await requisition(p.id, [
      { key: "r", code: CODES.AFTER_REVIEW },
      { key: "c", code: CODES.AFTER_CONVERSATION },
    ]);
    await expectNotFound(
      setShowAtOnce(t.db, citizen(proxy), { subject: p.id, showAtOnce: true }, BEFORE_NET),
    );
    expect(await t.db.labReleasePreference.count({ where: { personId: p.id } })).toBe(0);

    await setShowAtOnce(t.db, citizen(p), { subject: "meg", showAtOnce: true }, BEFORE_NET);
    let page = await listLabResults(t.db, citizen(p), "meg", { now: BEFORE_NET });
    expect(page.showAtOnce).toBe(true);
    expect(stateOf(page.requisitions[0]!.results, ids.r!)).toBe("visible");
    expect(stateOf(page.requisitions[0]!.results, ids.c!)).toBe("pending:none");

    await setShowAtOnce(t.db, citizen(p), { subject: "meg", showAtOnce: false }, BEFORE_NET);
    page = await listLabResults(t.db, citizen(p), "meg", { now: BEFORE_NET });
    expect(page.showAtOnce).toBe(false);
    expect(stateOf(page.requisitions[0]!.results, ids.r!)).toBe(
      `pending:${AFTER_NET.toISOString()}`,
    );
    const log = await t.db.accessLogEntry.findMany({
      where: { personId: p.id, action: "UPDATE", category: "LAB_RESULTS" },
      orderBy: { seq: "asc" },
    });
    expect(log.map((e) => e.itemId)).toEqual(["show_at_once", "wait_for_review"]);
  });

  it("the choice shows on a list with no results yet, and a page past the last has only the choice", async () => {
    const { person: p } = await createPersonWithProxy(t.db, {
      age: 40,
      level: "READ",
      categories: ["LAB_RESULTS"],
      validFrom: LONG_AGO,
    });
    let page = await listLabResults(t.db, citizen(p), "meg", { now: BEFORE_NET });
    expect(page).toMatchObject({
      requisitions: [],
      next: null,
      showAtOnce: false,
      canChoose: true,
    });
    await setShowAtOnce(t.db, citizen(p), { subject: "meg", showAtOnce: true }, BEFORE_NET);
    page = await listLabResults(t.db, citizen(p), "meg", { now: BEFORE_NET });
    expect(page).toMatchObject({ requisitions: [], next: null, showAtOnce: true });

    await requisition(p.id, [{ key: "r", code: CODES.AFTER_REVIEW }]);
    page = await listLabResults(t.db, citizen(p), "meg", {
      now: BEFORE_NET,
      cursor: {
        takenAt: new Date("1990-01-01T00:00:00Z"),
        id: "00000000-0000-4000-8000-000000000000",
      },
    });
    expect(page).toMatchObject({ requisitions: [], next: null, showAtOnce: true });
    page = await listLabResults(t.db, citizen(p), "meg", { now: BEFORE_NET });
    expect(page.requisitions).toHaveLength(1);
    expect(page.showAtOnce).toBe(true);
  });

  it("the work list has the unit's unreleased results of patients in care, and logs each patient shown", async () => {
    // A unit of its own: other tests leave waiting results in the shared unit, which would fill the page.
    const { unitId: ownUnit, me } = await clinicianOfNewUnit("Kontor med egen arbeidsliste");
    const inCare = await createPerson(t.db, {
      age: 50,
      givenName: "Iris",
      familyName: "Arbeidsliste",
    });
    const noRelation = await createPerson(t.db, { age: 50 });
    const visitOnly = await createPerson(t.db, { age: 50 });
    await createCareRelation(t.db, {
      personId: inCare.id,
      unitId: ownUnit,
      kind: "GP_LIST",
      validFrom: LONG_AGO,
    });
    // A booked visit opens the appointment, not the results.
    await createCareRelation(t.db, {
      personId: visitOnly.id,
      unitId: ownUnit,
      kind: "APPOINTMENT",
      validFrom: LONG_AGO,
    });
    const mine = await requisition(
      inCare.id,
      [
        { key: "r", code: CODES.AFTER_REVIEW },
        { key: "c", code: CODES.AFTER_CONVERSATION },
        { key: "i", code: CODES.IMMEDIATE },
        { key: "done", code: CODES.AFTER_REVIEW, released: true },
      ],
      { unit: ownUnit },
    );
    const stranger = await requisition(noRelation.id, [{ key: "r", code: CODES.AFTER_REVIEW }], {
      unit: ownUnit,
    });
    const visitor = await requisition(visitOnly.id, [{ key: "r", code: CODES.AFTER_REVIEW }], {
      unit: ownUnit,
    });
    const elsewhere = await requisition(inCare.id, [{ key: "r", code: CODES.AFTER_CONVERSATION }], {
      unit: otherUnitId,
    });
    // The results the clinician may not see are older, so they would come first on the page.
    await t.db.labObservation.updateMany({
      where: { id: { in: [stranger.ids.r!, visitor.ids.r!] } },
      data: { finalAt: new Date(FINAL.getTime() - DAY) },
    });
    const before = await t.db.accessLogEntry.count({ where: { personId: inCare.id } });
    const { items: list, next } = await listReleaseWorkList(t.db, me, { pageSize: 2 }, BEFORE_NET);
    // A page of two holds the two results the clinician may release: the refused ones take no place.
    expect(list.map((r) => r.id).sort()).toEqual([mine.ids.r, mine.ids.c].sort());
    expect(next).toBeNull();
    const review = list.find((r) => r.id === mine.ids.r);
    expect(review?.showsBy?.toISOString()).toBe(AFTER_NET.toISOString());
    expect(review?.patientSeesAlready).toBe(false);
    expect(list.find((r) => r.id === mine.ids.c)?.showsBy).toBeNull();
    expect(await t.db.accessLogEntry.count({ where: { personId: inCare.id } })).toBe(before + 1);
    // The entry says who read what and why, and the database chained it like any other.
    const entry = await t.db.accessLogEntry.findFirstOrThrow({
      where: { personId: inCare.id },
      orderBy: { seq: "desc" },
    });
    expect(entry).toMatchObject({
      actorKind: "CLINICIAN",
      actorPersonId: null,
      actorClinicianId: me.clinicianId,
      actorName: me.name,
      actorRole: me.profession,
      category: "LAB_RESULTS",
      action: "READ",
      basis: "CARE_RELATION",
      itemType: null,
      itemId: null,
      proxyGrantId: null,
      emergencyReason: null,
      seq: before + 1,
    });
    expect(entry.actorUnit).toBeTruthy();
    expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await verifyAccessLog(t.db)).breaks).toEqual([]);
    for (const other of [noRelation, visitOnly]) {
      expect(await t.db.accessLogEntry.count({ where: { personId: other.id } })).toBe(0);
    }
    // The result ordered elsewhere is not this unit's to release.
    expect(list.map((r) => r.id)).not.toContain(elsewhere.ids.r);

    // On day 14 the patient sees the result awaiting review, so it leaves the list; the one that
    // waits for a conversation stays.
    const later = await listReleaseWorkList(t.db, me, {}, AFTER_NET);
    expect(later.items.map((r) => r.id)).toEqual([mine.ids.c]);
  });

  it("the work list says when the patient already sees a result because they chose to see results at once", async () => {
    const { unitId: ownUnit, me } = await clinicianOfNewUnit("Kontor med valg");
    const eager = await createPerson(t.db, { age: 40 });
    await createCareRelation(t.db, {
      personId: eager.id,
      unitId: ownUnit,
      kind: "GP_LIST",
      validFrom: LONG_AGO,
    });
    const { ids } = await requisition(
      eager.id,
      [
        { key: "r", code: CODES.AFTER_REVIEW },
        { key: "c", code: CODES.AFTER_CONVERSATION },
      ],
      { unit: ownUnit },
    );
    await setShowAtOnce(t.db, citizen(eager), { subject: "meg", showAtOnce: true }, BEFORE_NET);
    const { items } = await listReleaseWorkList(t.db, me, {}, BEFORE_NET);
    expect(items.find((r) => r.id === ids.r)?.patientSeesAlready).toBe(true);
    // The choice never reaches results that wait for a conversation.
    expect(items.find((r) => r.id === ids.c)?.patientSeesAlready).toBe(false);
  });

  it("the work list pages oldest first, back and forth, and logs only the patients on the page shown", async () => {
    const {
      unitId: pagedUnit,
      me,
      clinicianId,
    } = await clinicianOfNewUnit("Kontor med lang arbeidsliste");
    // Read a day after, well within every result's 14-day net.
    const dayAfter = new Date(FINAL.getTime() + DAY);
    const waiting: { id: string; personId: string; finalAt: Date }[] = [];
    for (let i = 0; i < 7; i++) {
      const p = await createPerson(t.db, { age: 40 + i });
      await createCareRelation(t.db, {
        personId: p.id,
        unitId: pagedUnit,
        kind: "GP_LIST",
        validFrom: LONG_AGO,
      });
      const { ids } = await requisition(p.id, [{ key: "r", code: CODES.AFTER_REVIEW }], {
        unit: pagedUnit,
      });
      // Three distinct times, so the order is by time first and ties go by id.
      const finalAt = new Date(FINAL.getTime() - (i % 3) * MINUTE);
      await t.db.labObservation.update({ where: { id: ids.r! }, data: { finalAt } });
      waiting.push({ id: ids.r!, personId: p.id, finalAt });
    }
    const order = [...waiting].sort(
      (a, b) => a.finalAt.getTime() - b.finalAt.getTime() || (a.id < b.id ? -1 : 1),
    );
    const loggedBy = async () =>
      (
        await t.db.accessLogEntry.findMany({
          where: { actorClinicianId: clinicianId },
          select: { personId: true },
        })
      )
        .map((e) => e.personId)
        .sort();

    const first = await listReleaseWorkList(t.db, me, { pageSize: 3 }, dayAfter);
    expect(first.items.map((r) => r.id)).toEqual(order.slice(0, 3).map((r) => r.id));
    expect(first.previous).toBeNull();
    expect(first.next).not.toBeNull();
    // Only the three patients shown are logged, though more are waiting.
    expect(await loggedBy()).toEqual(
      order
        .slice(0, 3)
        .map((r) => r.personId)
        .sort(),
    );

    const second = await listReleaseWorkList(
      t.db,
      me,
      { pageSize: 3, after: first.next },
      dayAfter,
    );
    expect(second.items.map((r) => r.id)).toEqual(order.slice(3, 6).map((r) => r.id));
    expect(second.previous).not.toBeNull();
    const third = await listReleaseWorkList(
      t.db,
      me,
      { pageSize: 3, after: second.next },
      dayAfter,
    );
    expect(third.items.map((r) => r.id)).toEqual(order.slice(6).map((r) => r.id));
    expect(third.next).toBeNull();

    // "Forrige side" from the second page is the first page again, with no page before it.
    const back = await listReleaseWorkList(
      t.db,
      me,
      { pageSize: 3, before: second.previous },
      dayAfter,
    );
    expect(back.items.map((r) => r.id)).toEqual(order.slice(0, 3).map((r) => r.id));
    expect(back.previous).toBeNull();
    expect(back.next).toEqual(first.next);
    expect(await t.db.accessLogEntry.count({ where: { actorClinicianId: clinicianId } })).toBe(
      3 + 3 + 1 + 3,
    );
  });

  it("the trend is oldest first with the explanation in the reader's language, pending results apart", async () => {
    const p = await createPerson(t.db, { age: 50 });
    for (let i = 0; i < 3; i++)
      await requisition(
        p.id,
        [{ key: "x", code: CODES.AFTER_REVIEW, released: true, value: 5 + i }],
        { taken: new Date(TAKEN.getTime() - (3 - i) * 100 * DAY) },
      );
    await requisition(p.id, [{ key: "x", code: CODES.AFTER_REVIEW }]);
    const trend = await getAnalysisTrend(t.db, citizen(p), "meg", CODES.AFTER_REVIEW, {
      locale: "en",
      now: BEFORE_NET,
    });
    expect(trend.points.map((x) => x.value)).toEqual([5, 6, 7]);
    expect(trend.pending).toHaveLength(1);
    expect(trend.explanation).toEqual({ what: "What AFTER_REVIEW", meaning: "Means AFTER_REVIEW" });
    await expectNotFound(getAnalysisTrend(t.db, citizen(p), "meg", "NOT-A-CODE", { locale: "nb" }));
    await expectNotFound(
      getAnalysisTrend(t.db, citizen(p), "meg", CODES.IMMEDIATE, { locale: "nb" }),
    );
  });

  it("keyset pages: newest first, no overlap, all requisitions once", async () => {
    const p = await createPerson(t.db, { age: 50 });
    for (let i = 0; i < 23; i++)
      await requisition(p.id, [{ key: "x", code: CODES.IMMEDIATE }], {
        taken: new Date(TAKEN.getTime() - i * DAY),
      });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    const { parseCursor, REQUISITIONS_PER_PAGE } =
      await import("@/lib/record/lab-results/list-lab-results");
    do {
      const page: Awaited<ReturnType<typeof listLabResults>> = await listLabResults(
        t.db,
        citizen(p),
        "meg",
        { cursor: parseCursor(cursor ?? undefined), now: AFTER_NET },
      );
      const taken = page.requisitions.map((r) => r.takenAt.getTime());
      expect([...taken].sort((a, b) => b - a)).toEqual(taken);
      seen.push(...page.requisitions.map((r) => r.id));
      cursor = page.next;
      pages++;
    } while (cursor && pages < 10);
    expect(pages).toBe(Math.ceil(23 / REQUISITIONS_PER_PAGE));
    expect(new Set(seen).size).toBe(23);
  });
});
