import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { verifyAccessLog } from "@/lib/access-log/verify-log";
import { isValidHprNumber, parseNationalId } from "@/lib/identity/national-id";
import { isValidOrgNumber } from "@/lib/identity/org-number";
import { ageOn, osloDateKey, startOfOsloDay } from "@/lib/time/oslo";
import {
  DEMO_ADDRESS_IDS,
  DEMO_CLINICIAN_IDS,
  DEMO_PERSON_IDS,
  demoRegion,
} from "@/prisma/seed/demo-people";
import { ORG_IDS, UNIT_IDS } from "@/prisma/seed/organisations";
import { REGION_POPULATION } from "@/prisma/seed/population";
import { runSeed } from "@/prisma/seed/run";
import { useTestDatabase } from "./harness";

const t = useTestDatabase();

// The seed's root tables; CASCADE empties everything that points at them (slots, appointments, …).
const SEEDED_ROOTS = ["organisation", "unit", "address", "person", "clinician", "lab_analysis"];

async function wipe(db: Db): Promise<void> {
  await db.$executeRawUnsafe(`TRUNCATE ${SEEDED_ROOTS.map((n) => `"${n}"`).join(", ")} CASCADE`);
}

/** Everything that identifies the seeded region, sorted, so two runs can be compared. */
async function snapshot(db: Db) {
  const [people, clinicians, addresses, units, organisations, care, responsibilities, memberships] =
    await Promise.all([
      db.person.findMany({
        orderBy: { id: "asc" },
        select: {
          id: true,
          nationalId: true,
          givenName: true,
          familyName: true,
          birthDate: true,
          deathDate: true,
          addressId: true,
          addressProtection: true,
          consentCompetent: true,
          email: true,
          phone: true,
        },
      }),
      db.clinician.findMany({
        orderBy: { id: "asc" },
        select: { id: true, nationalId: true, hprNumber: true, givenName: true, familyName: true },
      }),
      db.address.findMany({ orderBy: { id: "asc" } }),
      db.unit.findMany({ orderBy: { id: "asc" } }),
      db.organisation.findMany({ orderBy: { id: "asc" } }),
      // Message threads (and their care relations) get fresh ids: written through the app's own use cases.
      db.careRelation.findMany({
        where: { kind: { not: "MESSAGE_THREAD" } },
        orderBy: { id: "asc" },
      }),
      db.parentalResponsibility.findMany({ orderBy: [{ parentId: "asc" }, { childId: "asc" }] }),
      db.unitMembership.findMany({ orderBy: [{ clinicianId: "asc" }, { unitId: "asc" }] }),
    ]);
  return {
    people,
    clinicians,
    addresses,
    units,
    organisations,
    care,
    responsibilities,
    memberships,
  };
}

// Each test seeds the whole region; on a busy 2-core machine that can take a while.
describe("seed", { timeout: 180_000 }, () => {
  const now = new Date();

  it("builds the Fjordvik region with valid identifiers and the promised structure", async () => {
    const db = t.owner; // seeding is the owner's job (see prisma/seed.ts)
    await runSeed(db, { now });

    // Every table has planner statistics, the small dictionaries included (never analysed, the
    // 17-row analysis dictionary is guessed at hundreds of rows).
    const [dictionary] = await db.$queryRaw<Array<{ reltuples: number }>>`
      SELECT reltuples FROM pg_class WHERE oid = 'lab_analysis'::regclass`;
    expect(dictionary!.reltuples).toBeGreaterThanOrEqual(15);

    // The demo access history is chained by the database like any other entry, and Per Hansen's
    // shows an emergency access.
    const verified = await verifyAccessLog(db);
    expect(verified.breaks).toEqual([]);
    expect(verified.people).toBeGreaterThanOrEqual(5);
    expect(
      await db.accessLogEntry.count({
        where: { personId: DEMO_PERSON_IDS.perHansen, basis: "EMERGENCY" },
      }),
    ).toBe(3);

    const organisations = await db.organisation.findMany({ include: { units: true } });
    expect(organisations.map((o) => o.kind).sort()).toEqual([
      "GP_OFFICE",
      "GP_OFFICE",
      "HOSPITAL",
      "MUNICIPALITY",
    ]);
    for (const o of organisations) expect(isValidOrgNumber(o.orgNumber), o.orgNumber).toBe(true);
    const municipality = organisations.find((o) => o.kind === "MUNICIPALITY");
    expect(municipality?.name).toBe("Fjordvik kommune");
    expect(municipality?.units.map((u) => u.kind).sort()).toEqual([
      "EMERGENCY_WARD",
      "HEALTH_STATION",
      "HOME_NURSING",
      "MENTAL_HEALTH",
      "PHYSIOTHERAPY",
      "SUBSTANCE_ABUSE",
    ]);
    for (const gp of organisations.filter((o) => o.kind === "GP_OFFICE")) {
      expect(gp.units.map((u) => u.kind)).toEqual(["GP_PRACTICE"]);
    }
    const hospital = organisations.find((o) => o.kind === "HOSPITAL");
    expect(hospital?.name).toBe("Fjordvik sykehus");
    expect(hospital?.units.map((u) => u.kind)).toEqual(Array(3).fill("HOSPITAL_DEPARTMENT"));

    // Clinicians: ~30 with HPR numbers, every unit has a lead, two admins (municipality, hospital).
    const clinicians = await db.clinician.findMany({
      include: { memberships: true, adminOf: true },
    });
    const withHpr = clinicians.filter((c) => c.hprNumber !== null);
    expect(withHpr.length).toBeGreaterThanOrEqual(28);
    expect(withHpr.length).toBeLessThanOrEqual(35);
    for (const c of withHpr)
      expect(isValidHprNumber(c.hprNumber ?? ""), c.hprNumber ?? "").toBe(true);
    const units = await db.unit.findMany({ include: { memberships: true } });
    for (const u of units)
      expect(
        u.memberships.some((m) => m.role === "LEAD"),
        u.name,
      ).toBe(true);
    const admins = await db.organisationAdmin.findMany();
    expect(admins.map((a) => a.organisationId).sort()).toEqual(
      [ORG_IDS.municipality, ORG_IDS.hospital].sort(),
    );

    // Every national id, citizen or clinician, is valid, synthetic, unique and matches the birth date.
    const people = await db.person.findMany({
      include: { parentsResponsible: { include: { parent: true } } },
    });
    expect(people).toHaveLength(REGION_POPULATION);
    const ids = [...people.map((p) => p.nationalId), ...clinicians.map((c) => c.nationalId)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      const parsed = parseNationalId(id);
      expect(parsed.ok && parsed.synthetic, id).toBe(true);
    }
    for (const p of people) {
      const parsed = parseNationalId(p.nationalId);
      expect(parsed.ok && parsed.birthDate.getTime(), p.nationalId).toBe(p.birthDate.getTime());
    }

    // Ages 0-90 on today's Oslo day, every band present.
    const ages = people.map((p) => ageOn(p.birthDate, now));
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ages)).toBeLessThanOrEqual(90);
    const band = (lo: number, hi: number) => ages.filter((a) => a >= lo && a <= hi).length;
    expect(band(0, 11)).toBeGreaterThanOrEqual(10);
    expect(band(12, 15)).toBeGreaterThanOrEqual(3);
    expect(band(16, 17)).toBeGreaterThanOrEqual(2);
    expect(band(18, 66)).toBeGreaterThanOrEqual(60);
    expect(band(67, 90)).toBeGreaterThanOrEqual(15);

    // Every child has a responsible parent, every such parent is a living adult, and children
    // live with one unless they are one of the two documented exceptions.
    const exceptions = new Set([DEMO_PERSON_IDS.ellaStrand]);
    for (const child of people.filter((p) => ageOn(p.birthDate, now) < 18)) {
      expect(child.parentsResponsible.length, child.givenName).toBeGreaterThanOrEqual(1);
      for (const { parent } of child.parentsResponsible) {
        expect(ageOn(parent.birthDate, now)).toBeGreaterThanOrEqual(18);
        expect(parent.deathDate).toBeNull();
      }
      const parentAtHome = child.parentsResponsible.some(
        ({ parent }) => parent.addressId === child.addressId,
      );
      expect(parentAtHome, child.givenName).toBe(!exceptions.has(child.id));
    }
    const noah = people.find((p) => p.id === DEMO_PERSON_IDS.noahBerntsen);
    expect(
      noah?.parentsResponsible.map(({ parent }) => parent.addressId === noah.addressId).sort(),
    ).toEqual([false, true]);
    const ella = people.find((p) => p.id === DEMO_PERSON_IDS.ellaStrand);
    expect(people.filter((p) => p.addressId === ella?.addressId).length).toBe(2); // Ella and her grandmother

    // The special cases, exactly once each.
    const strictly = people.filter((p) => p.addressProtection === "STRICTLY_CONFIDENTIAL");
    expect(strictly.map((p) => p.id)).toEqual([DEMO_PERSON_IDS.siljeHaugen]);
    expect(strictly[0]?.addressId).toBeNull();
    expect(people.filter((p) => p.addressProtection === "CONFIDENTIAL").map((p) => p.id)).toEqual([
      DEMO_PERSON_IDS.oskarLund,
    ]);
    const deceased = people.filter((p) => p.deathDate !== null);
    expect(deceased.map((p) => p.id)).toEqual([DEMO_PERSON_IDS.knutMoen]);
    expect(deceased[0]?.deathDate?.getTime() ?? Infinity).toBeLessThan(now.getTime());
    const incompetent = people.filter((p) => !p.consentCompetent);
    expect(incompetent.map((p) => p.id)).toEqual([DEMO_PERSON_IDS.arneLie]);

    // Contact details are undeliverable by construction.
    for (const p of people) {
      if (p.email) expect(p.email).toMatch(/@example\.(org|invalid)$/);
      if (p.phone) expect(p.phone).toMatch(/^\+470\d{7}$/);
    }

    // Every living adult is on exactly one GP list, active now; referrals and enrolments exist.
    const care = await db.careRelation.findMany();
    const activeGp = (personId: string) =>
      care.filter(
        (c) =>
          c.personId === personId &&
          c.kind === "GP_LIST" &&
          c.validFrom <= now &&
          (c.validUntil === null || c.validUntil > now),
      );
    for (const p of people.filter((p) => !p.deathDate && ageOn(p.birthDate, now) >= 18)) {
      const lists = activeGp(p.id);
      expect(lists.length, p.givenName).toBe(1);
      expect([UNIT_IDS.gp1, UNIT_IDS.gp2]).toContain(lists[0]?.unitId);
    }
    expect(activeGp(DEMO_PERSON_IDS.knutMoen)).toHaveLength(0);
    const hospitalUnits = new Set([
      UNIT_IDS.internalMedicine,
      UNIT_IDS.orthopaedics,
      UNIT_IDS.paediatrics,
    ]);
    const municipalUnits = new Set([
      UNIT_IDS.homeNursing,
      UNIT_IDS.physiotherapy,
      UNIT_IDS.mentalHealth,
      UNIT_IDS.substanceAbuse,
      UNIT_IDS.healthStation,
    ]);
    expect(
      care.filter((c) => c.kind === "REFERRAL" && hospitalUnits.has(c.unitId)).length,
    ).toBeGreaterThanOrEqual(10);
    expect(
      care.filter((c) => c.kind === "ENROLMENT" && municipalUnits.has(c.unitId)).length,
    ).toBeGreaterThanOrEqual(15);
    for (const c of care)
      if (c.validUntil) expect(c.validUntil.getTime()).toBeGreaterThan(c.validFrom.getTime());
    // Listing, referral and enrolment periods start at Oslo midnight (bulk insert keeps the instant).
    for (const c of care.filter((c) => c.kind !== "APPOINTMENT" && c.kind !== "MESSAGE_THREAD")) {
      expect(startOfOsloDay(osloDateKey(c.validFrom)).getTime()).toBe(c.validFrom.getTime());
    }
  });

  it("seeds the documented demo people as demoRegion() describes them", async () => {
    const db = t.owner; // seeding is the owner's job (see prisma/seed.ts)
    const region = demoRegion(now);
    for (const d of Object.values(region.citizens)) {
      const p = await db.person.findUniqueOrThrow({ where: { id: d.id } });
      expect(p.nationalId).toBe(d.nationalId);
      expect(`${p.givenName} ${p.familyName}`).toBe(`${d.givenName} ${d.familyName}`);
      expect(ageOn(p.birthDate, now), d.givenName).toBe(d.age);
    }
    for (const d of Object.values(region.clinicians)) {
      const c = await db.clinician.findUniqueOrThrow({ where: { id: d.id } });
      expect(c.nationalId).toBe(d.nationalId);
      expect(c.hprNumber).toBe(d.hprNumber);
    }

    const kari = await db.person.findUniqueOrThrow({
      where: { id: DEMO_PERSON_IDS.kari },
      include: { childrenResponsibleFor: { include: { child: true } } },
    });
    expect(kari.addressId).toBe(DEMO_ADDRESS_IDS.nordmann);
    const kids = kari.childrenResponsibleFor.map(({ child }) => [
      child.givenName,
      ageOn(child.birthDate, now),
      child.addressId,
    ]);
    expect(kids.sort()).toEqual([
      ["Emma", 10, DEMO_ADDRESS_IDS.nordmann],
      ["Jonas", 14, DEMO_ADDRESS_IDS.nordmann],
      ["Sofie", 17, DEMO_ADDRESS_IDS.nordmann],
    ]);
    const ola = await db.person.findUniqueOrThrow({
      where: { id: DEMO_PERSON_IDS.ola },
      include: { childrenResponsibleFor: true },
    });
    expect(ola.addressId).toBe(DEMO_ADDRESS_IDS.nordmann);
    expect(ola.childrenResponsibleFor).toHaveLength(3);

    const per = await db.person.findUniqueOrThrow({
      where: { id: DEMO_PERSON_IDS.perHansen },
      include: { careRelations: true },
    });
    expect(ageOn(per.birthDate, now)).toBe(84);
    expect(
      per.careRelations.some((c) => c.unitId === UNIT_IDS.homeNursing && c.kind === "ENROLMENT"),
    ).toBe(true);
    const ingrid = await db.person.findUniqueOrThrow({
      where: { id: DEMO_PERSON_IDS.ingridHansen },
    });
    expect(ingrid.addressId).not.toBe(per.addressId);
    expect(ageOn(ingrid.birthDate, now)).toBeGreaterThanOrEqual(18);

    const lise = await db.unitMembership.findUniqueOrThrow({
      where: {
        clinicianId_unitId: { clinicianId: DEMO_CLINICIAN_IDS.liseBerg, unitId: UNIT_IDS.gp1 },
      },
    });
    expect(lise.role).toBe("LEAD");
    const perOnListOf = await db.careRelation.findFirst({
      where: { personId: per.id, kind: "GP_LIST", unitId: UNIT_IDS.gp1 },
    });
    expect(perOnListOf).not.toBeNull();
    const anne = await db.unitMembership.findFirst({
      where: { clinicianId: DEMO_CLINICIAN_IDS.anneJohansen, unitId: UNIT_IDS.homeNursing },
    });
    expect(anne).not.toBeNull();
    const tor = await db.organisationAdmin.findFirst({
      where: { clinicianId: DEMO_CLINICIAN_IDS.torBakken, organisationId: ORG_IDS.municipality },
    });
    expect(tor).not.toBeNull();
  });

  it("seeds the analysis dictionary and several years of lab results, the demo story included", async () => {
    const db = t.db;
    const analyses = await db.labAnalysis.findMany({
      include: { explanations: true, referenceRanges: true },
    });
    expect(analyses.length).toBeGreaterThanOrEqual(15);
    for (const a of analyses) {
      expect(a.explanations.map((e) => e.locale).sort(), a.code).toEqual(["en", "nb"]);
      expect(a.referenceRanges.length, a.code).toBeGreaterThan(0);
      expect(a.code).toMatch(/^(NPU|NOR)\d{5}$/);
    }
    expect(new Set(analyses.map((a) => a.releaseCategory))).toEqual(
      new Set(["IMMEDIATE", "AFTER_REVIEW", "AFTER_CONVERSATION"]),
    );

    const kari = await db.labObservation.findMany({
      where: { personId: DEMO_PERSON_IDS.kari },
      include: { analysis: true },
    });
    const years =
      (Math.max(...kari.map((o) => o.takenAt.getTime())) -
        Math.min(...kari.map((o) => o.takenAt.getTime()))) /
      (365 * 86_400_000);
    expect(years).toBeGreaterThan(4);
    // No organisation has rules of its own at seeding: every result arrived under the region's.
    for (const o of kari)
      expect(o.releaseCategory, o.analysisCode).toBe(o.analysis.releaseCategory);
    expect(kari.some((o) => o.interpretation === "HIGH")).toBe(true);
    expect(kari.some((o) => o.interpretation === "LOW")).toBe(true);
    expect(kari.some((o) => o.status === "PRELIMINARY")).toBe(true);
    // One result the laboratory corrected, with what it first said kept beside it.
    const corrected = kari.filter((o) => o.status === "CORRECTED");
    expect(corrected.map((o) => o.analysis.shortName)).toEqual(["CRP"]);
    const [first] = await db.labObservationRevision.findMany({
      where: { observationId: corrected[0]!.id },
    });
    expect(first).toMatchObject({ fromStatus: "FINAL", toStatus: "CORRECTED" });
    expect(first!.previousValueQuantity?.toString()).toBe("2");
    expect(corrected[0]!.valueQuantity?.toString()).toBe("3");
    expect(
      kari.some(
        (o) =>
          o.releaseCategory === "AFTER_REVIEW" &&
          o.releasedAt === null &&
          o.finalAt &&
          o.finalAt.getTime() > now.getTime() - 14 * 86_400_000,
      ),
    ).toBe(true);
    expect(
      kari.some((o) => o.releaseCategory === "AFTER_CONVERSATION" && o.releasedAt === null),
    ).toBe(true);
    for (const who of [DEMO_PERSON_IDS.jonas, DEMO_PERSON_IDS.sofie]) {
      const hidden = await db.labObservation.findMany({
        where: { personId: who, hiddenFromGuardians: true },
      });
      expect(hidden.length).toBeGreaterThan(0);
      for (const h of hidden) expect(h.hiddenReason).toBeTruthy();
    }
    // About 20 results a person; the value and the flag agree with the range.
    const people = await db.person.count();
    const total = await db.labObservation.count();
    expect(total / people).toBeGreaterThan(10);
    expect(total / people).toBeLessThan(30);
    const sample = await db.labObservation.findMany({
      take: 500,
      where: { valueQuantity: { not: null } },
    });
    for (const o of sample) {
      const v = Number(o.valueQuantity);
      if (o.interpretation === "HIGH") expect(v).toBeGreaterThan(Number(o.referenceHigh));
      if (o.interpretation === "LOW") expect(v).toBeLessThan(Number(o.referenceLow));
    }
  });

  it("gives the same people and ids on a second run into an empty database", async () => {
    const db = t.owner; // seeding is the owner's job (see prisma/seed.ts)
    const first = await snapshot(db);
    await wipe(db);
    expect(await db.person.count()).toBe(0);
    await runSeed(db, { now });
    const second = await snapshot(db);
    expect(second.people).toHaveLength(REGION_POPULATION);
    expect(second).toEqual(first);
  });

  it("adds --patients N citizens in batches, keeping every invariant", async () => {
    const db = t.owner; // seeding is the owner's job (see prisma/seed.ts)
    await wipe(db);
    const { timings } = await runSeed(db, { now, options: { patients: 1500, batchSize: 400 } });
    expect(timings.map((s) => s.name)).toContain("extra-patients");
    expect(await db.person.count()).toBe(REGION_POPULATION + 1500);
    const children = await db.person.findMany({
      where: {
        birthDate: {
          gt: new Date(Date.UTC(now.getUTCFullYear() - 18, now.getUTCMonth(), now.getUTCDate())),
        },
      },
      include: { _count: { select: { parentsResponsible: true } } },
    });
    for (const c of children) {
      if (ageOn(c.birthDate, now) < 18)
        expect(c._count.parentsResponsible, c.givenName).toBeGreaterThanOrEqual(1);
    }
    const people = await db.person.findMany({ select: { nationalId: true, birthDate: true } });
    for (const p of people) {
      const parsed = parseNationalId(p.nationalId);
      expect(parsed.ok && parsed.synthetic).toBe(true);
      expect(ageOn(p.birthDate, now)).toBeLessThanOrEqual(90);
    }
    const adults = await db.person.count({
      where: {
        deathDate: null,
        birthDate: { lte: new Date(Date.UTC(now.getUTCFullYear() - 18, 0, 1)) },
      },
    });
    const listed = await db.careRelation.count({ where: { kind: "GP_LIST", validUntil: null } });
    expect(listed).toBeGreaterThanOrEqual(adults);
    // Every person's results are there too (about 20 each), written in batches.
    expect(await db.labObservation.count()).toBeGreaterThan((REGION_POPULATION + 1500) * 12);
  });
});
