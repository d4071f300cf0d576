import { describe, expect, it } from "vitest";
import { parseNationalId } from "@/lib/identity/national-id";
import { ageOn } from "@/lib/time/oslo";
import { demoRegion } from "@/prisma/seed/demo-people";
import { runSeed } from "@/prisma/seed/run";
import {
  createCareRelation,
  createClinician,
  createFamily,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";
import { useTestDatabase } from "./harness";

const t = useTestDatabase();

describe("test factories", () => {
  it("gives every person a unique synthetic national id, even for one shared birth date", async () => {
    const birthDate = new Date(Date.UTC(1990, 4, 17));
    const people = await Promise.all(
      Array.from({ length: 12 }, () => createPerson(t.db, { birthDate })),
    );
    const ids = people.map((p) => p.nationalId);
    expect(new Set(ids).size).toBe(12);
    for (const id of ids) {
      const parsed = parseNationalId(id);
      expect(parsed.ok && parsed.synthetic && parsed.birthDate.getTime()).toBe(birthDate.getTime());
    }
  });

  it("counts ages on the Oslo day of the given today", async () => {
    const today = new Date("2026-06-14T22:30:00Z"); // 15 June in Oslo
    const p = await createPerson(t.db, { age: 12, daysSinceBirthday: 0, today });
    expect(p.birthDate.toISOString().slice(0, 10)).toBe("2014-06-15");
    expect(ageOn(p.birthDate, today)).toBe(12);
    expect(ageOn(p.birthDate, new Date("2026-06-14T12:00:00Z"))).toBe(11);
  });

  it("builds special people", async () => {
    const hidden = await createPerson(t.db, { addressProtection: "STRICTLY_CONFIDENTIAL" });
    expect(hidden.addressId).toBeNull();
    const dead = await createPerson(t.db, { deceased: true, age: 80 });
    expect(dead.deathDate).not.toBeNull();
    const incompetent = await createPerson(t.db, { consentCompetent: false });
    expect(incompetent.consentCompetent).toBe(false);
  });

  it("builds families with or without a parent at the children's address", async () => {
    const together = await createFamily(t.db, { childAges: [3, 13] });
    expect(together.parents).toHaveLength(2);
    expect(together.responsibilities).toHaveLength(4);
    for (const p of [...together.parents, ...together.children])
      expect(p.addressId).toBe(together.address.id);
    expect(together.children.map((c) => ageOn(c.birthDate, new Date()))).toEqual([3, 13]);

    const apart = await createFamily(t.db, {
      childAges: [8],
      parentAtChildAddress: false,
      parentCount: 1,
    });
    expect(apart.parents[0]?.addressId).toBe(apart.parentAddress.id);
    expect(apart.children[0]?.addressId).toBe(apart.address.id);
    expect(apart.address.id).not.toBe(apart.parentAddress.id);
  });

  it("builds organisations, clinicians and care relations", async () => {
    const { organisation, unit } = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
      selfBooking: true,
    });
    expect(unit.organisationId).toBe(organisation.id);
    expect(unit.selfBooking).toBe(true);
    const lead = await createClinician(t.db, {
      unitIds: [unit.id],
      role: "LEAD",
      adminOf: [organisation.id],
    });
    const membership = await t.db.unitMembership.findUniqueOrThrow({
      where: { clinicianId_unitId: { clinicianId: lead.id, unitId: unit.id } },
    });
    expect(membership.role).toBe("LEAD");
    const person = await createPerson(t.db);
    const until = new Date(Date.now() + 86_400_000);
    const relation = await createCareRelation(t.db, {
      personId: person.id,
      unitId: unit.id,
      kind: "GP_LIST",
      validUntil: until,
    });
    expect(relation.validUntil?.getTime()).toBe(until.getTime());
    expect(relation.validFrom.getTime()).toBeLessThan(Date.now());
  });

  it("never collides with seeded national ids", { timeout: 180_000 }, async () => {
    const now = new Date();
    await runSeed(t.db, { now });
    const region = demoRegion(now);
    for (const d of Object.values(region.citizens)) {
      const p = await createPerson(t.db, { birthDate: d.birthDate, sex: d.sex });
      expect(p.nationalId).not.toBe(d.nationalId);
    }
  });
});
