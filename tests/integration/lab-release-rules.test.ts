// An organisation's release rules (issue 16: "each analysis has a release category, as data an
// organisation admin can change"): a result keeps the category it arrived with, the admin's change
// decides only results that arrive later and only for the organisation's own units, every change is
// recorded, and nobody but the organisation's admin reads or changes its rules.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import type { LabReleaseCategory } from "@/lib/generated/prisma/enums";
import { getReleaseRules } from "@/lib/record/lab-results/get-release-rules";
import { listLabResults } from "@/lib/record/lab-results/list-lab-results";
import {
  receiveLabResults,
  UnknownAnalysisError,
} from "@/lib/record/lab-results/receive-lab-results";
import { releaseRuleSchema, setReleaseRule } from "@/lib/record/lab-results/set-release-rule";
import { useTestDatabase } from "./harness";
import { expectNotFound } from "./expect-not-found";
import {
  citizenActor,
  createCareRelation,
  createClinician,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";

const t = useTestDatabase();
const DAY = 86_400_000;
const CODE = "RRT00001";
const OTHER_CODE = "RRT00002";

type Admin = Extract<Actor, { kind: "ORG_ADMIN" }>;

let orgA: string;
let unitA: string;
let orgB: string;
let unitB: string;
let adminA: Admin;
let adminB: Admin;
let clinicianA: Actor;

async function adminOf(organisationId: string, name: string): Promise<Admin> {
  const c = await createClinician(t.db, {
    unitIds: [],
    hprNumber: null,
    adminOf: [organisationId],
  });
  return {
    kind: "ORG_ADMIN",
    sessionId: "t",
    clinicianId: c.id,
    name,
    organisationIds: [organisationId],
  };
}

/** One final result of `code` for the person, ordered by `unitId`, arriving now. */
async function arrives(personId: string, unitId: string, code = CODE) {
  const finalAt = new Date(Date.now() - DAY);
  const { observationIds } = await receiveLabResults(t.db, {
    requisition: {
      personId,
      orderingUnitId: unitId,
      performingLab: "Testlaboratoriet",
      takenAt: new Date(finalAt.getTime() - DAY),
      issuedAt: finalAt,
    },
    results: [
      {
        analysisCode: code,
        valueQuantity: 3.1,
        unit: "mmol/L",
        status: "FINAL",
        takenAt: new Date(finalAt.getTime() - DAY),
        issuedAt: finalAt,
        finalAt,
      },
    ],
  });
  return observationIds[0]!;
}

async function categoryOf(observationId: string): Promise<LabReleaseCategory> {
  const o = await t.db.labObservation.findUniqueOrThrow({
    where: { id: observationId },
    select: { releaseCategory: true },
  });
  return o.releaseCategory;
}

/** What the patient sees of each of their results: "visible" or the pending reason. */
async function patientSees(personId: string): Promise<Map<string, string>> {
  const page = await listLabResults(t.db, citizenActor({ id: personId }), "meg");
  return new Map(
    page.requisitions
      .flatMap((r) => r.results)
      .map((r) => [r.id, r.state === "visible" ? "visible" : r.reason]),
  );
}

beforeAll(async () => {
  const a = await createOrganisationWithUnit(t.db, { kind: "GP_OFFICE", unitKind: "GP_PRACTICE" });
  const b = await createOrganisationWithUnit(t.db, { kind: "GP_OFFICE", unitKind: "GP_PRACTICE" });
  orgA = a.organisation.id;
  unitA = a.unit.id;
  orgB = b.organisation.id;
  unitB = b.unit.id;
  adminA = await adminOf(orgA, "Admin A");
  adminB = await adminOf(orgB, "Admin B");
  const c = await createClinician(t.db, { unitIds: [unitA] });
  clinicianA = {
    kind: "CLINICIAN",
    sessionId: "t",
    clinicianId: c.id,
    name: "Dr A",
    profession: "lege",
    units: [{ id: unitA, name: "A", organisationName: "A" }],
  };
  await t.db.labAnalysis.createMany({
    data: [
      { code: CODE, name: "P-Regeltest", shortName: "Regeltest", releaseCategory: "IMMEDIATE" },
      {
        code: OTHER_CODE,
        name: "P-Annen",
        shortName: "Annen",
        releaseCategory: "AFTER_REVIEW",
      },
    ],
  });
});

describe("an organisation's release rules", () => {
  it("decide results that arrive later for the organisation's units; results already there and other organisations keep theirs", async () => {
    const person = await createPerson(t.db, { age: 40 });
    await createCareRelation(t.db, { personId: person.id, unitId: unitA, kind: "GP_LIST" });
    const before = await arrives(person.id, unitA);
    expect(await categoryOf(before)).toBe("IMMEDIATE");

    expect(
      await setReleaseRule(t.db, adminA, {
        organisationId: orgA,
        analysisCode: CODE,
        category: "AFTER_CONVERSATION",
      }),
    ).toBe("changed");

    const after = await arrives(person.id, unitA);
    const elsewhere = await arrives(person.id, unitB);
    const otherAnalysis = await arrives(person.id, unitA, OTHER_CODE);
    expect(await categoryOf(before)).toBe("IMMEDIATE");
    expect(await categoryOf(after)).toBe("AFTER_CONVERSATION");
    expect(await categoryOf(elsewhere)).toBe("IMMEDIATE");
    expect(await categoryOf(otherAnalysis)).toBe("AFTER_REVIEW");

    // What the patient sees follows each result's own category.
    const sees = await patientSees(person.id);
    expect(sees.get(before)).toBe("visible");
    expect(sees.get(after)).toBe("awaiting_conversation");
    expect(sees.get(elsewhere)).toBe("visible");
    expect(sees.get(otherAnalysis)).toBe("awaiting_review");

    // Back to the region's rule: the held result stays held, the next one shows at once.
    await setReleaseRule(t.db, adminA, {
      organisationId: orgA,
      analysisCode: CODE,
      category: null,
    });
    const later = await arrives(person.id, unitA);
    const seesNow = await patientSees(person.id);
    expect(seesNow.get(after)).toBe("awaiting_conversation");
    expect(seesNow.get(later)).toBe("visible");
  });

  it("records each change with who, when, from and to; choosing what is set records nothing", async () => {
    const { organisation } = await createOrganisationWithUnit(t.db, {
      kind: "HOSPITAL",
      unitKind: "HOSPITAL_DEPARTMENT",
    });
    const admin = await adminOf(organisation.id, "Admin C");
    const at = (minutes: number) => new Date(Date.UTC(2026, 10, 30, 9, minutes));
    const set = (category: LabReleaseCategory | null, minutes: number) =>
      setReleaseRule(
        t.db,
        admin,
        { organisationId: organisation.id, analysisCode: OTHER_CODE, category },
        at(minutes),
      );
    expect(await set(null, 0)).toBe("unchanged");
    expect(await set("AFTER_REVIEW", 1)).toBe("changed");
    expect(await set("AFTER_REVIEW", 2)).toBe("unchanged");
    expect(await set("IMMEDIATE", 3)).toBe("changed");

    const rules = await getReleaseRules(t.db, admin, organisation.id);
    const row = rules.analyses.find((a) => a.code === OTHER_CODE)!;
    expect(row).toMatchObject({
      regionCategory: "AFTER_REVIEW",
      category: "IMMEDIATE",
      changedAt: at(3),
    });
    expect(row.changedBy).toMatch(/\S+ \S+/);
    expect(rules.analyses.find((a) => a.code === CODE)).toMatchObject({
      regionCategory: "IMMEDIATE",
      category: null,
      changedAt: null,
    });
    expect(rules.changes.map((c) => [c.analysis, c.from, c.to, c.at])).toEqual([
      ["Annen", "AFTER_REVIEW", "IMMEDIATE", at(3)],
      ["Annen", null, "AFTER_REVIEW", at(1)],
    ]);

    expect(await set(null, 4)).toBe("changed");
    expect(await t.db.labReleaseRule.count({ where: { organisationId: organisation.id } })).toBe(0);
    const latest = (await getReleaseRules(t.db, admin, organisation.id)).changes[0];
    expect(latest).toMatchObject({ from: "IMMEDIATE", to: null, at: at(4) });
  });

  it("takes changes of one organisation in turns: each recorded 'from' is what the change before set", async () => {
    const { organisation } = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
    });
    const one = await adminOf(organisation.id, "En");
    const two = await adminOf(organisation.id, "To");
    const choices: LabReleaseCategory[] = ["AFTER_REVIEW", "AFTER_CONVERSATION", "IMMEDIATE"];
    await Promise.all(
      choices.flatMap((category) =>
        [one, two].map((admin) =>
          setReleaseRule(t.db, admin, {
            organisationId: organisation.id,
            analysisCode: CODE,
            category,
          }),
        ),
      ),
    );
    const changes = await t.db.labReleaseRuleChange.findMany({
      where: { organisationId: organisation.id },
      orderBy: { id: "asc" },
    });
    expect(changes.length).toBeGreaterThanOrEqual(1);
    let current: LabReleaseCategory | null = null;
    for (const c of changes) {
      expect(c.fromCategory).toBe(current);
      expect(c.toCategory).not.toBe(current);
      current = c.toCategory;
    }
    const rule = await t.db.labReleaseRule.findUnique({
      where: {
        organisationId_analysisCode: { organisationId: organisation.id, analysisCode: CODE },
      },
    });
    expect(rule?.category ?? null).toBe(current);
  });

  it("are read and changed only by the organisation's own admin: anyone else gets 'not found' and nothing is written", async () => {
    const input = { organisationId: orgB, analysisCode: CODE, category: "IMMEDIATE" as const };
    const citizen = citizenActor(await createPerson(t.db, { age: 30 }));
    for (const actor of [adminA, clinicianA, citizen]) {
      await expectNotFound(getReleaseRules(t.db, actor, orgB));
      await expectNotFound(setReleaseRule(t.db, actor, input));
    }
    // The admin's own organisation, but an analysis or an organisation that does not exist.
    await expectNotFound(setReleaseRule(t.db, adminB, { ...input, analysisCode: "FINNES-IKKE" }));
    const missing = "00000000-0000-4000-8000-000000000000";
    await expectNotFound(
      setReleaseRule(
        t.db,
        { ...adminB, organisationIds: [missing] },
        { ...input, organisationId: missing },
      ),
    );
    await expectNotFound(getReleaseRules(t.db, { ...adminB, organisationIds: [missing] }, missing));
    expect(await t.db.labReleaseRule.count({ where: { organisationId: orgB } })).toBe(0);
    expect(await t.db.labReleaseRuleChange.count({ where: { organisationId: orgB } })).toBe(0);
  });

  it("the form's values are checked on the server", () => {
    const ok = releaseRuleSchema.safeParse({
      organisationId: orgA,
      analysisCode: CODE,
      category: "REGION",
    });
    expect(ok.success && ok.data.category).toBe(null);
    for (const category of ["", "immediate", "SOMETIMES"])
      expect(
        releaseRuleSchema.safeParse({ organisationId: orgA, analysisCode: CODE, category }).success,
      ).toBe(false);
    expect(
      releaseRuleSchema.safeParse({
        organisationId: "x",
        analysisCode: CODE,
        category: "IMMEDIATE",
      }).success,
    ).toBe(false);
  });

  it("a result message naming an analysis the dictionary lacks is refused whole", async () => {
    const person = await createPerson(t.db, { age: 40 });
    const before = await t.db.labRequisition.count({ where: { personId: person.id } });
    await expect(arrives(person.id, unitA, "FINNES-IKKE")).rejects.toBeInstanceOf(
      UnknownAnalysisError,
    );
    expect(await t.db.labRequisition.count({ where: { personId: person.id } })).toBe(before);
  });
});
