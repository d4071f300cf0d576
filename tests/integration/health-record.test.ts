// The rest of the record (issue 17): diagnoses, allergies, vaccines, notes and documents. Proves the
// authorization matrix for each category (one log entry on an allowed read, none on a refusal),
// the item rule (hidden from guardians, need-to-know), note filters and keyset pages, and documents.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import type { Person, Unit } from "@/lib/generated/prisma/client";
import type { DataCategory } from "@/lib/generated/prisma/enums";
import { listAllergies } from "@/lib/record/health-record/list-allergies";
import { listDiagnoses } from "@/lib/record/health-record/list-diagnoses";
import { listDocuments } from "@/lib/record/health-record/list-documents";
import { listClinicalNotes, NOTES_PAGE_SIZE } from "@/lib/record/health-record/list-notes";
import { listVaccinations } from "@/lib/record/health-record/list-vaccinations";
import { readDocument } from "@/lib/record/health-record/read-document";
import { getChartHealthRecord } from "@/lib/record/health-record/chart-health-record";
import { useTestDatabase } from "./harness";
import { expectNotFound } from "./expect-not-found";
import {
  createCareRelation,
  createClinician,
  createFamily,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";
import {
  createAllergy,
  createDiagnosis,
  createDocument,
  createVaccination,
} from "./health-record-factories";

const t = useTestDatabase();
const DAY = 86_400_000;

const citizen = (p: Pick<Person, "id" | "givenName" | "familyName">): Actor => ({
  kind: "CITIZEN",
  sessionId: "t",
  personId: p.id,
  name: `${p.givenName} ${p.familyName}`,
});
const clinicianActor = (id: string, units: Unit[]): Actor => ({
  kind: "CLINICIAN",
  sessionId: "t",
  clinicianId: id,
  name: "Dr Test",
  profession: "lege",
  units: units.map((u) => ({ id: u.id, name: u.name, organisationName: "Org" })),
});

const logCount = (personId: string) => t.db.accessLogEntry.count({ where: { personId } });

let gp: Unit;
let otherUnit: Unit;
let gpClinician: Actor;
let outsider: Actor;
let orgAdmin: Actor;

async function createNote(
  personId: string,
  opts: {
    unitId?: string;
    kind?: "VISIT_SUMMARY" | "PROGRESS_NOTE" | "DISCHARGE_SUMMARY";
    writtenAt?: Date;
    hiddenFromGuardians?: boolean;
    released?: boolean;
  } = {},
) {
  const writtenAt = opts.writtenAt ?? new Date(Date.now() - 3 * DAY);
  return t.db.clinicalNote.create({
    data: {
      personId,
      unitId: opts.unitId ?? gp.id,
      kind: opts.kind ?? "PROGRESS_NOTE",
      title: "Notat",
      body: "Tekst",
      writtenAt,
      visibleToPatientFrom: opts.released === false ? null : writtenAt,
      hiddenFromGuardians: opts.hiddenFromGuardians ?? false,
    },
  });
}

/** Each category: how to put one item on a person's record and how to read the list's ids. */
const CATEGORIES: Record<
  "DIAGNOSES" | "ALLERGIES" | "VACCINES" | "NOTES" | "DOCUMENTS",
  {
    create: (personId: string, hiddenFromGuardians?: boolean) => Promise<{ id: string }>;
    read: (actor: Actor, subject: string) => Promise<string[]>;
  }
> = {
  DIAGNOSES: {
    create: (personId, hidden) =>
      createDiagnosis(t.db, { personId, unitId: gp.id, hiddenFromGuardians: hidden }),
    read: async (a, s) => {
      const l = await listDiagnoses(t.db, a, s);
      return [...l.active, ...l.resolved].map((d) => d.id);
    },
  },
  ALLERGIES: {
    create: (personId, hidden) =>
      createAllergy(t.db, { personId, unitId: gp.id, hiddenFromGuardians: hidden }),
    read: async (a, s) => (await listAllergies(t.db, a, s)).map((x) => x.id),
  },
  VACCINES: {
    create: (personId, hidden) =>
      createVaccination(t.db, { personId, unitId: gp.id, hiddenFromGuardians: hidden }),
    read: async (a, s) => (await listVaccinations(t.db, a, s)).map((x) => x.id),
  },
  NOTES: {
    create: (personId, hidden) => createNote(personId, { hiddenFromGuardians: hidden }),
    read: async (a, s) => (await listClinicalNotes(t.db, a, s, {})).notes.map((x) => x.id),
  },
  DOCUMENTS: {
    create: (personId, hidden) =>
      createDocument(t.db, { personId, unitId: gp.id, hiddenFromGuardians: hidden }),
    read: async (a, s) => (await listDocuments(t.db, a, s)).map((x) => x.id),
  },
};

beforeAll(async () => {
  ({ unit: gp } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Fastlegen",
  }));
  ({ unit: otherUnit } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Det andre kontoret",
  }));
  gpClinician = clinicianActor((await createClinician(t.db, { unitIds: [gp.id] })).id, [gp]);
  outsider = clinicianActor((await createClinician(t.db, { unitIds: [otherUnit.id] })).id, [
    otherUnit,
  ]);
  const { organisation } = await createOrganisationWithUnit(t.db, {
    kind: "MUNICIPALITY",
    unitKind: "HOME_NURSING",
  });
  const admin = await createClinician(t.db, {
    unitIds: [],
    hprNumber: null,
    adminOf: [organisation.id],
  });
  orgAdmin = {
    kind: "ORG_ADMIN",
    sessionId: "t",
    clinicianId: admin.id,
    name: "Admin",
    organisationIds: [organisation.id],
  };
});

type Setup = { actor: Actor; subject: string; patientId: string };
async function adultOnGpList() {
  const patient = await createPerson(t.db, { age: 45 });
  await createCareRelation(t.db, { personId: patient.id, unitId: gp.id, kind: "GP_LIST" });
  return patient;
}
async function proxyFor(categories: DataCategory[]): Promise<Setup> {
  const patient = await adultOnGpList();
  const proxy = await createPerson(t.db, { age: 50 });
  await t.db.proxyGrant.create({
    data: {
      grantorId: patient.id,
      granteeId: proxy.id,
      level: "READ",
      categories,
      validFrom: new Date(Date.now() - 60_000),
    },
  });
  return { actor: citizen(proxy), subject: patient.id, patientId: patient.id };
}
async function parentOf(age: number): Promise<Setup> {
  const family = await createFamily(t.db, { childAges: [age] });
  const child = family.children[0]!;
  await createCareRelation(t.db, { personId: child.id, unitId: gp.id, kind: "GP_LIST" });
  return { actor: citizen(family.parents[0]!), subject: child.id, patientId: child.id };
}

for (const [category, spec] of Object.entries(CATEGORIES) as [
  DataCategory,
  (typeof CATEGORIES)["NOTES"],
][]) {
  describe(`authorization matrix for ${category}`, () => {
    const rows: { who: string; sees: boolean; setup: () => Promise<Setup> }[] = [
      {
        who: "the person themself",
        sees: true,
        setup: async () => {
          const p = await adultOnGpList();
          return { actor: citizen(p), subject: "meg", patientId: p.id };
        },
      },
      { who: `a proxy with ${category}`, sees: true, setup: () => proxyFor([category]) },
      {
        who: "a proxy with other categories only",
        sees: false,
        setup: () =>
          proxyFor(category === "MEDICATIONS" ? ["APPOINTMENTS"] : ["MEDICATIONS", "APPOINTMENTS"]),
      },
      { who: "a parent of a 10-year-old", sees: true, setup: () => parentOf(10) },
      // 12–15: practical things only; of these categories a parent sees vaccines.
      {
        who: "a parent of a 14-year-old",
        sees: category === "VACCINES",
        setup: () => parentOf(14),
      },
      {
        who: "a clinician with a care relation",
        sees: true,
        setup: async () => {
          const p = await adultOnGpList();
          return { actor: gpClinician, subject: p.id, patientId: p.id };
        },
      },
      {
        who: "a clinician without a care relation",
        sees: false,
        setup: async () => {
          const p = await adultOnGpList();
          return { actor: outsider, subject: p.id, patientId: p.id };
        },
      },
      {
        who: "an organisation admin",
        sees: false,
        setup: async () => {
          const p = await adultOnGpList();
          return { actor: orgAdmin, subject: p.id, patientId: p.id };
        },
      },
      {
        who: "another citizen",
        sees: false,
        setup: async () => {
          const p = await adultOnGpList();
          return {
            actor: citizen(await createPerson(t.db, { age: 33 })),
            subject: p.id,
            patientId: p.id,
          };
        },
      },
    ];
    it.each(rows)("$who: sees $sees", async ({ setup, sees }) => {
      const { actor, subject, patientId } = await setup();
      const item = await spec.create(patientId);
      const before = await logCount(patientId);
      if (sees) {
        expect(await spec.read(actor, subject)).toEqual([item.id]);
        const entries = await t.db.accessLogEntry.findMany({
          where: { personId: patientId },
          orderBy: { seq: "asc" },
        });
        expect(entries).toHaveLength(before + 1);
        expect(entries.at(-1)).toMatchObject({ category, action: "READ" });
      } else {
        await expectNotFound(spec.read(actor, subject));
        expect(await logCount(patientId)).toBe(before);
      }
    });

    it("an item hidden from guardians: not for a parent of a 10-year-old, shown to the child and the clinician", async () => {
      const { actor: parent, subject: childId } = await parentOf(10);
      const hidden = await spec.create(childId, true);
      const shown = await spec.create(childId, false);
      expect(await spec.read(parent, childId)).toEqual([shown.id]);
      const child = await t.db.person.findUniqueOrThrow({ where: { id: childId } });
      expect((await spec.read(citizen(child), "meg")).sort()).toEqual([hidden.id, shown.id].sort());
      expect((await spec.read(gpClinician, childId)).sort()).toEqual([hidden.id, shown.id].sort());
    });
  });
}

describe("need-to-know", () => {
  it("a clinician with a care relation sees the unit's diagnoses, not another office's; allergies and vaccines from everywhere", async () => {
    const patient = await adultOnGpList();
    const own = await createDiagnosis(t.db, { personId: patient.id, unitId: gp.id });
    await createDiagnosis(t.db, {
      personId: patient.id,
      unitId: otherUnit.id,
      code: "T90",
      textNb: "Diabetes type 2",
    });
    const list = await listDiagnoses(t.db, gpClinician, patient.id);
    expect(list.active.map((d) => d.id)).toEqual([own.id]);
    const elsewhere = await createAllergy(t.db, { personId: patient.id, unitId: otherUnit.id });
    expect((await listAllergies(t.db, gpClinician, patient.id)).map((a) => a.id)).toEqual([
      elsewhere.id,
    ]);
    const vaccine = await createVaccination(t.db, { personId: patient.id, unitId: otherUnit.id });
    expect((await listVaccinations(t.db, gpClinician, patient.id)).map((v) => v.id)).toEqual([
      vaccine.id,
    ]);
  });
});

describe("the lists", () => {
  it("diagnoses carry code, code system and plain-language text; active and resolved apart", async () => {
    const patient = await adultOnGpList();
    await createDiagnosis(t.db, {
      personId: patient.id,
      unitId: gp.id,
      code: "K86",
      textNb: "Høyt blodtrykk",
    });
    await createDiagnosis(t.db, {
      personId: patient.id,
      unitId: gp.id,
      codeSystem: "ICD10",
      code: "J18.9",
      textNb: "Lungebetennelse",
      status: "RESOLVED",
    });
    const list = await listDiagnoses(t.db, citizen(patient), "meg");
    expect(list.active).toMatchObject([
      {
        codeSystem: "ICPC2",
        code: "K86",
        text: { nb: "Høyt blodtrykk" },
        status: "ACTIVE",
        place: expect.stringContaining("Fastlegen"),
      },
    ]);
    expect(list.resolved).toMatchObject([
      { codeSystem: "ICD10", code: "J18.9", status: "RESOLVED" },
    ]);
  });

  it("allergies list the most severe first", async () => {
    const patient = await adultOnGpList();
    await createAllergy(t.db, {
      personId: patient.id,
      unitId: gp.id,
      substance: "Pollen",
      severity: "MILD",
    });
    await createAllergy(t.db, {
      personId: patient.id,
      unitId: gp.id,
      substance: "Penicillin",
      severity: "SEVERE",
      verified: false,
    });
    const list = await listAllergies(t.db, citizen(patient), "meg");
    expect(list.map((a) => [a.substance, a.severity, a.verified])).toEqual([
      ["Penicillin", "SEVERE", false],
      ["Pollen", "MILD", true],
    ]);
  });

  it("notes: only released ones, filtered by unit and kind, in keyset pages without repeats or gaps", async () => {
    const patient = await adultOnGpList();
    const start = Date.now() - 100 * DAY;
    const made: string[] = [];
    for (let i = 0; i < NOTES_PAGE_SIZE + 5; i++) {
      made.push(
        (
          await createNote(patient.id, {
            writtenAt: new Date(start + i * DAY),
            kind: i % 2 ? "VISIT_SUMMARY" : "PROGRESS_NOTE",
          })
        ).id,
      );
    }
    // Two notes at the same instant straddle nothing: the id breaks the tie.
    const same = new Date(start - DAY);
    made.push(
      (await createNote(patient.id, { writtenAt: same })).id,
      (await createNote(patient.id, { writtenAt: same })).id,
    );
    const other = await createNote(patient.id, {
      unitId: otherUnit.id,
      writtenAt: new Date(start - 2 * DAY),
    });
    await createNote(patient.id, { released: false });

    const first = await listClinicalNotes(t.db, citizen(patient), "meg", {});
    expect(first.notes).toHaveLength(NOTES_PAGE_SIZE);
    expect(first.next).not.toBeNull();
    const second = await listClinicalNotes(t.db, citizen(patient), "meg", { etter: first.next! });
    expect(second.next).toBeNull();
    const all = [...first.notes, ...second.notes].map((n) => n.id);
    expect(new Set(all).size).toBe(all.length);
    expect(all.sort()).toEqual([...made, other.id].sort());
    expect(first.units.map((u) => u.id).sort()).toEqual([gp.id, otherUnit.id].sort());

    const byUnit = await listClinicalNotes(t.db, citizen(patient), "meg", { enhet: otherUnit.id });
    expect(byUnit.notes.map((n) => n.id)).toEqual([other.id]);
    const byKind = await listClinicalNotes(t.db, citizen(patient), "meg", {
      type: "VISIT_SUMMARY",
    });
    expect(byKind.notes.every((n) => n.kind === "VISIT_SUMMARY")).toBe(true);
    expect(byKind.notes).toHaveLength(Math.floor((NOTES_PAGE_SIZE + 5) / 2));
    // Malformed filters are dropped, not an error.
    const junk = await listClinicalNotes(t.db, citizen(patient), "meg", {
      enhet: "x'; drop",
      type: "NOPE",
      etter: "%%%",
    });
    expect(junk.notes).toHaveLength(NOTES_PAGE_SIZE);
    expect(junk.filter).toEqual({ unitId: null, kind: null });
    expect(junk.ignored).toBe(true);
    expect(first.ignored).toBe(false);
    expect(byUnit.ignored).toBe(false);
  });
});

describe("documents", () => {
  it("the patient downloads a PDF through the gate, logged with the document's id", async () => {
    const patient = await adultOnGpList();
    const doc = await createDocument(t.db, { personId: patient.id, unitId: gp.id });
    const before = await logCount(patient.id);
    const file = await readDocument(t.db, citizen(patient), "meg", doc.id);
    expect(file.contentType).toBe("application/pdf");
    expect(Buffer.from(file.bytes).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const last = await t.db.accessLogEntry.findFirstOrThrow({
      where: { personId: patient.id },
      orderBy: { seq: "desc" },
    });
    expect(await logCount(patient.id)).toBe(before + 1);
    expect(last).toMatchObject({
      category: "DOCUMENTS",
      action: "READ",
      itemType: "clinical_document",
      itemId: doc.id,
    });
  });

  it("another person's document is not found, by their id or one's own; nothing is logged for its owner", async () => {
    const owner = await adultOnGpList();
    const stranger = await adultOnGpList();
    const doc = await createDocument(t.db, { personId: owner.id, unitId: gp.id });
    const before = await logCount(owner.id);
    await expectNotFound(readDocument(t.db, citizen(stranger), owner.id, doc.id));
    await expectNotFound(readDocument(t.db, citizen(stranger), "meg", doc.id));
    expect(await logCount(owner.id)).toBe(before);
  });

  it("a document hidden from guardians is not found for a parent, nor for a parent of a 14-year-old at all", async () => {
    const { actor: parent, subject: childId } = await parentOf(10);
    const hidden = await createDocument(t.db, {
      personId: childId,
      unitId: gp.id,
      hiddenFromGuardians: true,
    });
    await expectNotFound(readDocument(t.db, parent, childId, hidden.id));
    const teen = await parentOf(14);
    const doc = await createDocument(t.db, { personId: teen.patientId, unitId: gp.id });
    await expectNotFound(readDocument(t.db, teen.actor, teen.subject, doc.id));
  });
});

describe("the clinician's patient chart", () => {
  it("shows allergies, diagnoses and vaccines within the care relation, one log entry per category", async () => {
    const patient = await adultOnGpList();
    const allergy = await createAllergy(t.db, {
      personId: patient.id,
      unitId: otherUnit.id,
      severity: "SEVERE",
    });
    const diagnosis = await createDiagnosis(t.db, { personId: patient.id, unitId: gp.id });
    await createDiagnosis(t.db, {
      personId: patient.id,
      unitId: otherUnit.id,
      code: "T90",
      textNb: "Diabetes type 2",
    });
    const vaccine = await createVaccination(t.db, { personId: patient.id, unitId: gp.id });
    const before = await logCount(patient.id);
    const chart = await getChartHealthRecord(t.db, gpClinician, patient.id);
    expect(chart.allergies?.map((a) => a.id)).toEqual([allergy.id]);
    expect(chart.diagnoses?.active.map((d) => d.id)).toEqual([diagnosis.id]);
    expect(chart.vaccines?.map((v) => v.id)).toEqual([vaccine.id]);
    const entries = await t.db.accessLogEntry.findMany({
      where: { personId: patient.id },
      orderBy: { seq: "asc" },
    });
    expect(entries.slice(before).map((e) => e.category)).toEqual([
      "ALLERGIES",
      "DIAGNOSES",
      "VACCINES",
    ]);
  });

  it("a relation that does not reach them (a booked visit) gets nulls, and no refusal is recorded", async () => {
    const patient = await createPerson(t.db, { age: 45 });
    await createCareRelation(t.db, {
      personId: patient.id,
      unitId: otherUnit.id,
      kind: "APPOINTMENT",
    });
    await createAllergy(t.db, { personId: patient.id, unitId: gp.id });
    const events = await t.db.securityEvent.count();
    const before = await logCount(patient.id);
    expect(await getChartHealthRecord(t.db, outsider, patient.id)).toEqual({
      allergies: null,
      diagnoses: null,
      vaccines: null,
    });
    expect(await t.db.securityEvent.count()).toBe(events);
    expect(await logCount(patient.id)).toBe(before);
  });
});
