import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import type { AccessAction, DataCategory } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/access/actor";
import { DATA_CATEGORIES } from "@/lib/access/categories";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createFamily,
  createOrganisationWithUnit,
  createPerson,
  citizenActor,
} from "./factories";

const t = useTestDatabase();
const DAY = 86_400_000;

type Scenario = {
  name: string;
  actor: () => Actor;
  subject: () => string;
  emergencyReason?: string;
  /** Categories that READ is allowed for; every other category must be refused. */
  reads: readonly DataCategory[];
  /** Categories that UPDATE is allowed for. */
  updates: readonly DataCategory[];
  basis?: string;
};

const ALL = DATA_CATEGORIES;
const NONE: readonly DataCategory[] = [];
const CLINICAL = DATA_CATEGORIES.filter((c) => c !== "ACCESS_LOG");

const citizen = citizenActor;

async function logCount(db: Db, personId: string): Promise<number> {
  return db.accessLogEntry.count({ where: { personId } });
}

/** Tries one access; returns whether the gate let it through, and checks the log moved by exactly that. */
async function attempt(
  db: Db,
  s: Scenario,
  category: DataCategory,
  action: AccessAction,
): Promise<boolean> {
  const subjectId =
    s.subject() === "meg"
      ? (s.actor() as Extract<Actor, { kind: "CITIZEN" }>).personId
      : s.subject();
  const before = await logCount(db, subjectId);
  let ran = false;
  let allowed: boolean;
  try {
    await withAccess(
      db,
      s.actor(),
      {
        subject: s.subject(),
        category,
        action,
        ...(s.emergencyReason ? { emergencyReason: s.emergencyReason } : {}),
      },
      async (tx, access) => {
        ran = true;
        // A real read of the subject's data, so the gate's transaction does actual work.
        await tx.appointment.count({ where: { personId: access.subject.id } });
      },
    );
    allowed = true;
  } catch (e) {
    if (!(e instanceof AccessDeniedError)) throw e;
    allowed = false;
  }
  expect(ran, `${s.name} ${category} ${action}: work ran iff allowed`).toBe(allowed);
  expect(await logCount(db, subjectId), `${s.name} ${category} ${action}: log entries`).toBe(
    before + (allowed ? 1 : 0),
  );
  return allowed;
}

describe("access gate: authorization matrix", () => {
  const w = {} as Record<string, { id: string; givenName: string; familyName: string }> & {
    clinicianActor: Actor;
    outsiderClinician: Actor;
    admin: Actor;
    selfBookedClinician: Actor;
    threadClinician: Actor;
    referralClinician: Actor;
  };

  beforeAll(async () => {
    const db = t.db;
    const now = Date.now();
    w.owner = await createPerson(db, { age: 70, givenName: "Eier" });
    w.proxy = await createPerson(db, { age: 45, givenName: "Fullmektig" });
    w.actProxy = await createPerson(db, { age: 45, givenName: "Handlende" });
    w.expiredProxy = await createPerson(db, { age: 45, givenName: "Utløpt" });
    w.endedProxy = await createPerson(db, { age: 45, givenName: "Avsluttet" });
    w.stranger = await createPerson(db, { age: 30, givenName: "Fremmed" });
    const grant = (granteeId: string, extra: object) =>
      db.proxyGrant.create({
        data: {
          grantorId: w.owner!.id,
          granteeId,
          level: "READ",
          categories: ["APPOINTMENTS", "LAB_RESULTS"],
          validFrom: new Date(now - 10 * DAY),
          ...extra,
        },
      });
    await grant(w.proxy.id, {});
    await grant(w.actProxy.id, { level: "READ_AND_ACT", categories: ["APPOINTMENTS"] });
    await grant(w.expiredProxy.id, { validUntil: new Date(now - DAY) });
    await grant(w.endedProxy.id, { endedAt: new Date(now - DAY), endedById: w.owner.id });

    const family = await createFamily(db, { childAges: [10, 14, 17] });
    w.parent = family.parents[0]!;
    [w.child10, w.child14, w.child17] = family.children as [never, never, never];
    const apart = await createFamily(db, { childAges: [9], parentAtChildAddress: false });
    w.parentApart = apart.parents[0]!;
    w.childApart = apart.children[0]!;

    const { unit } = await createOrganisationWithUnit(db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
      unitName: "Legekontoret",
    });
    const { unit: otherUnit } = await createOrganisationWithUnit(db, {
      kind: "HOSPITAL",
      unitKind: "HOSPITAL_DEPARTMENT",
    });
    const gp = await createClinician(db, { unitIds: [unit.id], profession: "lege" });
    const outsider = await createClinician(db, {
      unitIds: [otherUnit.id],
      profession: "sykepleier",
    });
    const adminStaff = await createClinician(db, { unitIds: [], hprNumber: null, adminOf: [] });
    await createCareRelation(db, { personId: w.owner.id, unitId: unit.id, kind: "GP_LIST" });
    w.clinicianActor = {
      kind: "CLINICIAN",
      sessionId: "t",
      clinicianId: gp.id,
      name: "Lise Lege",
      profession: "lege",
      units: [{ id: unit.id, name: unit.name, organisationName: "Org" }],
    };
    w.outsiderClinician = {
      kind: "CLINICIAN",
      sessionId: "t",
      clinicianId: outsider.id,
      name: "Ola Sykepleier",
      profession: "sykepleier",
      units: [{ id: otherUnit.id, name: otherUnit.name, organisationName: "Sykehus" }],
    };
    w.admin = {
      kind: "ORG_ADMIN",
      sessionId: "t",
      clinicianId: adminStaff.id,
      name: "Admin",
      organisationIds: [],
    };

    // Need-to-know: one relation of each narrower kind, each at its own unit.
    const relationClinician = async (
      unitKind: "PHYSIOTHERAPY" | "MENTAL_HEALTH" | "HOSPITAL_DEPARTMENT",
      kind: "APPOINTMENT" | "MESSAGE_THREAD" | "REFERRAL",
    ): Promise<Actor> => {
      const { unit: u } = await createOrganisationWithUnit(db, { kind: "MUNICIPALITY", unitKind });
      const c = await createClinician(db, { unitIds: [u.id] });
      await createCareRelation(db, { personId: w.owner!.id, unitId: u.id, kind });
      return {
        kind: "CLINICIAN",
        sessionId: "t",
        clinicianId: c.id,
        name: `${kind} Behandler`,
        profession: "fysioterapeut",
        units: [{ id: u.id, name: u.name, organisationName: "Kommunen" }],
      };
    };
    w.selfBookedClinician = await relationClinician("PHYSIOTHERAPY", "APPOINTMENT");
    w.threadClinician = await relationClinician("MENTAL_HEALTH", "MESSAGE_THREAD");
    w.referralClinician = await relationClinician("HOSPITAL_DEPARTMENT", "REFERRAL");
  });

  const scenarios: Scenario[] = [
    {
      name: "self",
      actor: () => citizen(w.owner!),
      subject: () => "meg",
      reads: ALL,
      updates: ALL,
    },
    {
      name: "self by own id",
      actor: () => citizen(w.owner!),
      subject: () => w.owner!.id,
      reads: ALL,
      updates: ALL,
    },
    {
      name: "proxy (see only) in/out of scope",
      actor: () => citizen(w.proxy!),
      subject: () => w.owner!.id,
      reads: ["APPOINTMENTS", "LAB_RESULTS"],
      updates: NONE,
    },
    {
      name: "proxy (see and act)",
      actor: () => citizen(w.actProxy!),
      subject: () => w.owner!.id,
      reads: ["APPOINTMENTS"],
      updates: ["APPOINTMENTS"],
    },
    {
      name: "expired grant",
      actor: () => citizen(w.expiredProxy!),
      subject: () => w.owner!.id,
      reads: NONE,
      updates: NONE,
    },
    {
      name: "ended grant",
      actor: () => citizen(w.endedProxy!),
      subject: () => w.owner!.id,
      reads: NONE,
      updates: NONE,
    },
    {
      name: "parent of a child aged 10",
      actor: () => citizen(w.parent!),
      subject: () => w.child10!.id,
      reads: ALL,
      updates: ALL,
    },
    {
      name: "parent of a child aged 14",
      actor: () => citizen(w.parent!),
      subject: () => w.child14!.id,
      reads: ["APPOINTMENTS", "VACCINES"],
      updates: ["APPOINTMENTS", "VACCINES"],
    },
    {
      name: "parent of a child aged 17",
      actor: () => citizen(w.parent!),
      subject: () => w.child17!.id,
      reads: NONE,
      updates: NONE,
    },
    {
      name: "parent not at the child's address (child 9)",
      actor: () => citizen(w.parentApart!),
      subject: () => w.childApart!.id,
      reads: NONE,
      updates: NONE,
    },
    {
      name: "unrelated citizen",
      actor: () => citizen(w.stranger!),
      subject: () => w.owner!.id,
      reads: NONE,
      updates: NONE,
    },
    {
      name: "child acting for parent",
      actor: () => citizen(w.child17!),
      subject: () => w.parent!.id,
      reads: NONE,
      updates: NONE,
    },
    {
      name: "clinician with a care relation",
      actor: () => w.clinicianActor,
      subject: () => w.owner!.id,
      reads: CLINICAL,
      updates: CLINICAL,
    },
    // A relation opens what its kind needs (lib/access/rules.ts CARE_RELATION_REACH), not the whole record.
    {
      name: "clinician, self-booked visit (appointment relation)",
      actor: () => w.selfBookedClinician,
      subject: () => w.owner!.id,
      reads: ["APPOINTMENTS", "NOTES", "PROFILE", "FORMAL_REQUESTS"],
      updates: ["APPOINTMENTS", "NOTES", "PROFILE", "FORMAL_REQUESTS"],
    },
    {
      name: "clinician, message thread relation",
      actor: () => w.threadClinician,
      subject: () => w.owner!.id,
      reads: ["MESSAGES", "NOTES", "PROFILE", "FORMAL_REQUESTS"],
      updates: ["MESSAGES", "NOTES", "PROFILE", "FORMAL_REQUESTS"],
    },
    {
      name: "clinician, referral relation",
      actor: () => w.referralClinician,
      subject: () => w.owner!.id,
      reads: CLINICAL,
      updates: CLINICAL,
    },
    {
      name: "clinician without a care relation",
      actor: () => w.outsiderClinician,
      subject: () => w.owner!.id,
      reads: NONE,
      updates: NONE,
    },
    {
      name: "clinician, emergency access with a reason",
      actor: () => w.outsiderClinician,
      subject: () => w.owner!.id,
      emergencyReason: "Bevisstløs pasient i akuttmottaket",
      reads: CLINICAL,
      updates: CLINICAL,
    },
    {
      name: "clinician, emergency access without a real reason",
      actor: () => w.outsiderClinician,
      subject: () => w.owner!.id,
      emergencyReason: "x",
      reads: NONE,
      updates: NONE,
    },
    {
      name: "organisation admin",
      actor: () => w.admin,
      subject: () => w.owner!.id,
      reads: NONE,
      updates: NONE,
    },
  ];

  for (const s of scenarios) {
    it(s.name, async () => {
      const reads: DataCategory[] = [];
      const updates: DataCategory[] = [];
      for (const category of DATA_CATEGORIES) {
        if (await attempt(t.db, s, category, "READ")) reads.push(category);
        if (await attempt(t.db, s, category, "UPDATE")) updates.push(category);
      }
      expect(reads).toEqual([...s.reads]);
      expect(updates).toEqual([...s.updates]);
    });
  }

  it("records who, for whom and on what basis; the emergency reason is kept for review", async () => {
    const entries = await t.db.accessLogEntry.findMany({
      where: { personId: w.owner!.id },
      orderBy: { seq: "asc" },
    });
    const bases = new Set(entries.map((e) => e.basis));
    expect(bases).toEqual(new Set(["SELF", "PROXY_GRANT", "CARE_RELATION", "EMERGENCY"]));
    const proxyRead = entries.find((e) => e.actorPersonId === w.proxy!.id)!;
    expect(proxyRead).toMatchObject({
      actorKind: "CITIZEN",
      basis: "PROXY_GRANT",
      category: "APPOINTMENTS",
      action: "READ",
    });
    expect(proxyRead.proxyGrantId).not.toBeNull();
    const clinicianRead = entries.find((e) => e.basis === "CARE_RELATION")!;
    expect(clinicianRead).toMatchObject({
      actorName: "Lise Lege",
      actorRole: "lege",
      actorUnit: "Legekontoret",
    });
    const emergency = entries.find((e) => e.basis === "EMERGENCY")!;
    expect(emergency.emergencyReason).toBe("Bevisstløs pasient i akuttmottaket");
  });

  it("refuses ids that are not ids, and unknown people, the same way as other people's", async () => {
    for (const subject of ["../admin", "not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      await expect(
        withAccess(
          t.db,
          citizen(w.stranger!),
          { subject, category: "PROFILE", action: "READ" },
          async () => 1,
        ),
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });

  it("a denied write changes nothing", async () => {
    const before = await t.db.person.findUniqueOrThrow({ where: { id: w.owner!.id } });
    await expect(
      withAccess(
        t.db,
        citizen(w.proxy!),
        { subject: w.owner!.id, category: "PROFILE", action: "UPDATE" },
        async (tx, a) => {
          await tx.person.update({
            where: { id: a.subject.id },
            data: { email: "hacked@example.invalid" },
          });
        },
      ),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    const after = await t.db.person.findUniqueOrThrow({ where: { id: w.owner!.id } });
    expect(after).toEqual(before);
  });

  it("the work failing rolls back the log entry with it", async () => {
    const before = await logCount(t.db, w.owner!.id);
    await expect(
      withAccess(
        t.db,
        citizen(w.owner!),
        { subject: "meg", category: "PROFILE", action: "UPDATE" },
        async () => {
          throw new Error("boom");
        },
      ),
    ).rejects.toThrow("boom");
    expect(await logCount(t.db, w.owner!.id)).toBe(before);
  });
});

describe("access gate: rules that change with time and status", () => {
  it("a parent's access to a child ends on the child's 12th and 16th birthday, with no job", async () => {
    const family = await createFamily(t.db, { childAges: [11], parentCount: 1 });
    const parent = citizen(family.parents[0]!);
    const child = family.children[0]!;
    const birthday = (age: number) => {
      const b = child.birthDate;
      // 10:00 UTC on the birthday is the birthday in Oslo too.
      return new Date(Date.UTC(b.getUTCFullYear() + age, b.getUTCMonth(), b.getUTCDate(), 10));
    };
    const canRead = (category: DataCategory, now: Date) =>
      withAccess(t.db, parent, { subject: child.id, category, action: "READ" }, async () => true, {
        now,
      }).catch(() => false);
    const dayBefore12 = new Date(birthday(12).getTime() - DAY);
    expect(await canRead("MESSAGES", dayBefore12)).toBe(true);
    expect(await canRead("MESSAGES", birthday(12))).toBe(false);
    expect(await canRead("APPOINTMENTS", birthday(12))).toBe(true);
    expect(await canRead("APPOINTMENTS", new Date(birthday(16).getTime() - DAY))).toBe(true);
    expect(await canRead("APPOINTMENTS", birthday(16))).toBe(false);
  });

  it("confidential addresses and death end proxy use; a deceased person is never acted for", async () => {
    const grantee = await createPerson(t.db, { age: 40 });
    const protectedGrantor = await createPerson(t.db, {
      age: 40,
      addressProtection: "CONFIDENTIAL",
    });
    const deceasedGrantor = await createPerson(t.db, { age: 80, deceased: true });
    for (const grantor of [protectedGrantor, deceasedGrantor]) {
      await t.db.proxyGrant.create({
        data: {
          grantorId: grantor.id,
          granteeId: grantee.id,
          level: "READ",
          categories: ["APPOINTMENTS"],
        },
      });
      await expect(
        withAccess(
          t.db,
          citizen(grantee),
          { subject: grantor.id, category: "APPOINTMENTS", action: "READ" },
          async () => 1,
        ),
      ).rejects.toBeInstanceOf(AccessDeniedError);
    }
    const kode6Child = (await createFamily(t.db, { childAges: [5] })).children[0]!;
    await t.db.person.update({
      where: { id: kode6Child.id },
      data: { addressProtection: "STRICTLY_CONFIDENTIAL" },
    });
    const parentRow = await t.db.parentalResponsibility.findFirstOrThrow({
      where: { childId: kode6Child.id },
      include: { parent: true },
    });
    await expect(
      withAccess(
        t.db,
        citizen(parentRow.parent),
        { subject: kode6Child.id, category: "APPOINTMENTS", action: "READ" },
        async () => 1,
      ),
    ).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("shielding blocks a named clinician despite a care relation", async () => {
    const patient = await createPerson(t.db, { age: 50 });
    const { unit } = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
    });
    const clinician = await createClinician(t.db, { unitIds: [unit.id] });
    await createCareRelation(t.db, { personId: patient.id, unitId: unit.id, kind: "GP_LIST" });
    const actor: Actor = {
      kind: "CLINICIAN",
      sessionId: "t",
      clinicianId: clinician.id,
      name: "X",
      profession: "lege",
      units: [{ id: unit.id, name: unit.name, organisationName: "O" }],
    };
    const read = () =>
      withAccess(
        t.db,
        actor,
        { subject: patient.id, category: "NOTES", action: "READ" },
        async () => true,
      );
    expect(await read()).toBe(true);
    await t.db.shielding.create({ data: { personId: patient.id, clinicianId: clinician.id } });
    await expect(read()).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
