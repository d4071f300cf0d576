// The seed's rest of the record: the demo people's diagnoses, allergies, vaccines (the childhood
// programme for the children), notes and real PDF documents, and a few items a citizen when the
// region grows with --patients (batched inserts), read back through the app's own use cases.
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { listAllergies } from "@/lib/record/health-record/list-allergies";
import { listDiagnoses } from "@/lib/record/health-record/list-diagnoses";
import { listDocuments } from "@/lib/record/health-record/list-documents";
import { listClinicalNotes } from "@/lib/record/health-record/list-notes";
import { listVaccinations } from "@/lib/record/health-record/list-vaccinations";
import { readDocument } from "@/lib/record/health-record/read-document";
import { DEMO_PERSON_IDS } from "@/prisma/seed/demo-people";
import { DIAGNOSIS_DICTIONARY, VACCINE_CATALOGUE } from "@/prisma/seed/health-record-dictionary";
import { REGION_POPULATION } from "@/prisma/seed/population";
import { runSeed } from "@/prisma/seed/run";
import { useTestDatabase } from "./harness";

const t = useTestDatabase();
const citizen = (personId: string) => ({
  kind: "CITIZEN" as const,
  sessionId: "t",
  personId,
  name: "Demo",
});

describe("seeded health record", { timeout: 240_000 }, () => {
  it("gives the demo people a plausible record and every other citizen a few items", async () => {
    const now = new Date();
    await runSeed(t.owner, { now, options: { patients: 600, batchSize: 250 } }); // seeding is the owner's job
    const per = citizen(DEMO_PERSON_IDS.perHansen);

    const diagnoses = await listDiagnoses(t.db, per, "meg", now);
    expect(diagnoses.active.map((d) => `${d.codeSystem}:${d.code}`)).toEqual(
      expect.arrayContaining(["ICPC2:T90", "ICPC2:K86", "ICD10:I48.9"]),
    );
    expect(diagnoses.active.find((d) => d.code === "T90")?.text).toEqual({
      nb: "Diabetes type 2",
      en: "Type 2 diabetes",
    });
    expect(diagnoses.resolved.map((d) => d.code)).toEqual(["J18.9"]);
    const allergies = await listAllergies(t.db, per, "meg", now);
    expect(allergies.map((a) => [a.substance, a.verified])).toEqual([
      ["Penicillin", true],
      ["Kodein", false],
    ]);
    expect((await listVaccinations(t.db, per, "meg", now)).map((v) => v.atcCode)).toEqual(
      expect.arrayContaining(["J07BB02", "J07BN01", "J07AL01"]),
    );
    const notes = await listClinicalNotes(t.db, per, "meg", { type: "DISCHARGE_SUMMARY" }, now);
    expect(notes.notes.map((n) => n.title)).toContain("Epikrise fra indremedisinsk avdeling");

    // Documents are real PDFs: pdf-lib parses them back, one page each.
    const documents = await listDocuments(t.db, per, "meg", now);
    expect(documents.length).toBe(2);
    for (const d of documents) {
      const file = await readDocument(t.db, per, "meg", d.id, now);
      expect(file.contentType).toBe("application/pdf");
      expect((await PDFDocument.load(file.bytes)).getPageCount()).toBe(1);
    }

    // Emma (10) has the childhood programme up to her age, at the health station; Jonas (14) has
    // a vaccine and a diagnosis hidden from guardians, and his parent sees his vaccines but not it.
    const emma = await listVaccinations(t.db, citizen(DEMO_PERSON_IDS.emma), "meg", now);
    expect(
      emma
        .filter((v) => v.vaccineName === "Infanrix hexa")
        .map((v) => v.doseNumber)
        .sort(),
    ).toEqual([1, 2, 3]);
    expect(emma.some((v) => v.vaccineName === "Gardasil 9")).toBe(false);
    const jonasOwn = await listVaccinations(t.db, citizen(DEMO_PERSON_IDS.jonas), "meg", now);
    const hidden = jonasOwn.filter((v) => v.hiddenFromGuardians);
    expect(hidden).toHaveLength(1);
    const asKari = await listVaccinations(
      t.db,
      citizen(DEMO_PERSON_IDS.kari),
      DEMO_PERSON_IDS.jonas,
      now,
    );
    expect(asKari.length).toBe(jonasOwn.length - 1);
    expect(asKari.some((v) => v.id === hidden[0]!.id)).toBe(false);
    expect(
      (await listDiagnoses(t.db, citizen(DEMO_PERSON_IDS.jonas), "meg", now)).active.some(
        (d) => d.hiddenFromGuardians,
      ),
    ).toBe(true);

    // Real code shapes: ICPC-2 a letter and two digits, ICD-10 a letter, two digits and a subdivision; vaccines J07.
    for (const d of DIAGNOSIS_DICTIONARY)
      expect(d.code).toMatch(d.codeSystem === "ICPC2" ? /^[A-Z]\d{2}$/ : /^[A-Z]\d{2}(\.\d)?$/);
    for (const v of Object.values(VACCINE_CATALOGUE))
      expect(v.atcCode).toMatch(/^J07[A-Z]{2}\d{2}$/);

    const people = REGION_POPULATION + 600;
    const total = await t.db.diagnosis.count();
    expect(total / people).toBeGreaterThan(0.8);
    expect(await t.db.allergyIntolerance.count()).toBeGreaterThan(people * 0.15);
    expect(await t.db.vaccination.count()).toBeGreaterThan(people * 0.5);
    // The bulk insert matches the model: every diagnosis row joins its dictionary entry and unit.
    const sample = await t.db.diagnosis.findMany({
      take: 50,
      orderBy: { id: "asc" },
      include: { diagnosisCode: true, unit: true },
    });
    for (const d of sample) {
      expect(d.diagnosisCode.textNb.length).toBeGreaterThan(0);
      expect(d.diagnosedOn.getUTCHours()).toBe(0);
      expect(d.status === "RESOLVED").toBe(d.resolvedOn !== null);
    }
  });
});
