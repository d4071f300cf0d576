// The seed's medications: the demo people's documented lists, real ATC codes, and about three
// medications a citizen when the region grows with --patients (written with batched inserts).
import { describe, expect, it } from "vitest";
import { listMedications } from "@/lib/record/medications/list-medications";
import { listRenewalWorkList } from "@/lib/record/medications/renewal-work-list";
import { DEMO_CLINICIAN_IDS, DEMO_PERSON_IDS } from "@/prisma/seed/demo-people";
import { MEDICATION_CATALOGUE } from "@/prisma/seed/medication-catalogue";
import { UNIT_IDS } from "@/prisma/seed/organisations";
import { REGION_POPULATION } from "@/prisma/seed/population";
import { runSeed } from "@/prisma/seed/run";
import { useTestDatabase } from "./harness";
import { citizenActor } from "./factories";

const t = useTestDatabase();
const citizen = (personId: string) => citizenActor({ id: personId }, "Demo");

describe("seeded medications", { timeout: 180_000 }, () => {
  it("gives the demo people current and earlier medications in every prescription state, and the others about three each", async () => {
    const now = new Date();
    await runSeed(t.owner, { now, options: { patients: 600, batchSize: 250 } }); // seeding is the owner's job

    const kari = await listMedications(t.db, citizen(DEMO_PERSON_IDS.kari), "meg", now);
    expect(kari.current.map((m) => [m.name, m.atcCode, m.prescription])).toEqual([
      ["Cetirizin", "R06AE07", "EXPIRED"],
      ["Levaxin", "H03AA01", "ACTIVE"],
      ["Omeprazol", "A02BC01", "USED_UP"],
    ]);
    expect(kari.earlier.map((m) => m.status).sort()).toEqual(["COMPLETED", "STOPPED"]);
    expect(
      kari.current.every(
        (m) => m.renewable && m.latestRenewal === null && m.unitId === UNIT_IDS.gp1,
      ),
    ).toBe(true);

    const per = await listMedications(t.db, citizen(DEMO_PERSON_IDS.perHansen), "meg", now);
    expect(per.current.length).toBeGreaterThanOrEqual(6);
    expect(per.current.map((m) => m.atcCode)).toEqual(
      expect.arrayContaining(["A10BA02", "C10AA05", "C08CA01", "N02BE01", "B01AF02"]),
    );
    expect(per.current.find((m) => m.atcCode === "A10BA02")?.latestRenewal).toMatchObject({
      status: "RENEWED",
    });
    expect(
      per.current.filter((m) => m.unitId === UNIT_IDS.internalMedicine).length,
    ).toBeGreaterThan(0);

    // Sofie's contraceptive is hidden from guardians: she sees it, marked.
    const sofie = await listMedications(t.db, citizen(DEMO_PERSON_IDS.sofie), "meg", now);
    expect(sofie.current.some((m) => m.hiddenFromGuardians)).toBe(true);

    // Every code in the catalogue is a well-formed ATC level-5 code.
    for (const entry of Object.values(MEDICATION_CATALOGUE))
      expect(entry.atcCode).toMatch(/^[A-V]\d{2}[A-Z]{2}\d{2}$/);

    const people = REGION_POPULATION + 600;
    const total = await t.db.medicationStatement.count();
    expect(total / people).toBeGreaterThan(2.3);
    expect(total / people).toBeLessThan(3.7);
    // The bulk insert matches the model: read back through Prisma, every row has its unit and dates.
    const sample = await t.db.medicationStatement.findMany({
      take: 50,
      orderBy: { id: "asc" },
      include: { unit: true },
    });
    for (const m of sample) {
      expect(m.startDate.getUTCHours()).toBe(0);
      expect(m.unit).not.toBeNull();
      if (m.endDate) expect(m.endDate.getTime()).toBeGreaterThanOrEqual(m.startDate.getTime());
    }

    // Lise Berg's work list is not empty, and every open request holds its medication's one slot.
    const lise = {
      kind: "CLINICIAN" as const,
      sessionId: "t",
      clinicianId: DEMO_CLINICIAN_IDS.liseBerg,
      name: "Lise Berg",
      profession: "lege",
      units: [
        { id: UNIT_IDS.gp1, name: "Fjordvik legesenter", organisationName: "Fjordvik legesenter" },
      ],
    };
    expect((await listRenewalWorkList(t.db, lise, now)).length).toBeGreaterThan(0);
    const open = await t.db.medicationRenewalRequest.findMany({ where: { status: "REQUESTED" } });
    expect(open.every((r) => r.openForMedicationId === r.medicationId)).toBe(true);
  });
});
