import { describe, expect, it } from "vitest";
import { ABSOLUTE_SESSION_MS, IDLE_TIMEOUT_MS, TOUCH_INTERVAL_MS } from "@/lib/auth/idle";
import {
  createUserSession,
  endAllSessionsOfUser,
  endUserSession,
  lookUpSession,
  replaceUserSession,
  touchSession,
} from "@/lib/auth/session-store";
import { resolveTestIdentity } from "@/lib/auth/sign-in-identity";
import { useTestDatabase } from "./harness";
import { createClinician, createOrganisationWithUnit, createPerson } from "./factories";

const t = useTestDatabase();
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describe("server-side sessions", () => {
  it("finds an active citizen session by id, with the person's name", async () => {
    const person = await createPerson(t.db, { givenName: "Kari", familyName: "Nordmann" });
    const now = new Date();
    const sid = await createUserSession(
      t.db,
      { kind: "CITIZEN", personId: person.id, authMethod: "TEST_IDENTITY" },
      now,
    );
    const found = await lookUpSession(t.db, sid, later(now, 1000), { touch: true });
    expect(found).toMatchObject({
      status: "active",
      session: {
        sessionId: sid,
        kind: "CITIZEN",
        personId: person.id,
        displayName: "Kari Nordmann",
      },
    });
    if (found.status === "active") {
      expect(found.session.expiresAt.getTime()).toBe(now.getTime() + IDLE_TIMEOUT_MS);
      expect(found.session.clinicianId).toBeUndefined();
    }
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const person = await createPerson(t.db);
    const now = new Date();
    const sid = await createUserSession(
      t.db,
      { kind: "CITIZEN", personId: person.id, authMethod: "TEST_IDENTITY" },
      now,
    );
    await lookUpSession(t.db, sid, later(now, TOUCH_INTERVAL_MS - 1), { touch: true });
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(
      now,
    );
    const touchedAt = later(now, TOUCH_INTERVAL_MS);
    const found = await lookUpSession(t.db, sid, touchedAt, { touch: true });
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(
      touchedAt,
    );
    expect(found.status === "active" && found.session.expiresAt).toEqual(
      later(touchedAt, IDLE_TIMEOUT_MS),
    );
  });

  it("does not count a peek (touch: false) as activity", async () => {
    const person = await createPerson(t.db);
    const now = new Date();
    const sid = await createUserSession(
      t.db,
      { kind: "CITIZEN", personId: person.id, authMethod: "TEST_IDENTITY" },
      now,
    );
    await lookUpSession(t.db, sid, later(now, 5 * 60_000), { touch: false });
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt).toEqual(
      now,
    );
  });

  it("ends an idle session at the moment it expired and reports it once", async () => {
    const person = await createPerson(t.db);
    const now = new Date();
    const sid = await createUserSession(
      t.db,
      { kind: "CITIZEN", personId: person.id, authMethod: "TEST_IDENTITY" },
      now,
    );
    expect(
      await lookUpSession(t.db, sid, later(now, IDLE_TIMEOUT_MS + 60_000), { touch: true }),
    ).toEqual({ status: "expired" });
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: sid } })).endedAt).toEqual(
      later(now, IDLE_TIMEOUT_MS),
    );
    // Afterwards it is simply gone: "Fortsett innlogget" cannot revive it.
    expect(
      await lookUpSession(t.db, sid, later(now, IDLE_TIMEOUT_MS + 61_000), { touch: true }),
    ).toEqual({ status: "none" });
    expect(await touchSession(t.db, sid, later(now, IDLE_TIMEOUT_MS + 62_000))).toBeNull();
  });

  it("keeps a session alive with touchSession", async () => {
    const person = await createPerson(t.db);
    const now = new Date();
    const sid = await createUserSession(
      t.db,
      { kind: "CITIZEN", personId: person.id, authMethod: "TEST_IDENTITY" },
      now,
    );
    const at = later(now, IDLE_TIMEOUT_MS - 30_000);
    expect(await touchSession(t.db, sid, at)).toEqual(later(at, IDLE_TIMEOUT_MS));
  });

  it("ends a session 12 hours after sign-in even when it is used every minute", async () => {
    const person = await createPerson(t.db);
    const now = new Date();
    const sid = await createUserSession(
      t.db,
      { kind: "CITIZEN", personId: person.id, authMethod: "IDPORTEN" },
      now,
    );
    // Busy all day: a request every 20 minutes keeps the idle timer fresh.
    for (let m = 20; m < 12 * 60; m += 20) {
      expect((await lookUpSession(t.db, sid, later(now, m * 60_000), { touch: true })).status).toBe(
        "active",
      );
    }
    const nearCap = later(now, ABSOLUTE_SESSION_MS - 60_000);
    // "Fortsett innlogget" cannot stretch it past the cap.
    expect(await touchSession(t.db, sid, nearCap)).toEqual(later(now, ABSOLUTE_SESSION_MS));
    expect(
      await lookUpSession(t.db, sid, later(now, ABSOLUTE_SESSION_MS), { touch: true }),
    ).toEqual({ status: "expired" });
    expect((await t.db.userSession.findUniqueOrThrow({ where: { id: sid } })).endedAt).toEqual(
      later(now, ABSOLUTE_SESSION_MS),
    );
  });

  it("signing in again ends the session the browser held before, and no other", async () => {
    const person = await createPerson(t.db);
    const now = new Date();
    const before = await createUserSession(
      t.db,
      { kind: "CITIZEN", personId: person.id, authMethod: "IDPORTEN" },
      now,
    );
    const otherDevice = await createUserSession(
      t.db,
      { kind: "CITIZEN", personId: person.id, authMethod: "IDPORTEN" },
      now,
    );
    const after = await replaceUserSession(
      t.db,
      before,
      { kind: "CITIZEN", personId: person.id, authMethod: "IDPORTEN" },
      later(now, 1000),
    );
    expect(after).not.toBe(before);
    expect(await lookUpSession(t.db, before, later(now, 2000), { touch: false })).toEqual({
      status: "none",
    });
    expect((await lookUpSession(t.db, after, later(now, 2000), { touch: false })).status).toBe(
      "active",
    );
    expect(
      (await lookUpSession(t.db, otherDevice, later(now, 2000), { touch: false })).status,
    ).toBe("active");
    // A first sign-in (no previous cookie) just creates one.
    expect(
      (
        await lookUpSession(
          t.db,
          await replaceUserSession(t.db, null, {
            kind: "CITIZEN",
            personId: person.id,
            authMethod: "IDPORTEN",
          }),
          new Date(),
          { touch: false },
        )
      ).status,
    ).toBe("active");
  });

  it("treats unknown, malformed and ended session ids as signed out", async () => {
    expect(await lookUpSession(t.db, "not-a-uuid", new Date(), { touch: true })).toEqual({
      status: "none",
    });
    expect(
      await lookUpSession(t.db, "00000000-0000-4000-8000-000000000000", new Date(), {
        touch: true,
      }),
    ).toEqual({ status: "none" });
    const person = await createPerson(t.db);
    const sid = await createUserSession(t.db, {
      kind: "CITIZEN",
      personId: person.id,
      authMethod: "TEST_IDENTITY",
    });
    await endUserSession(t.db, sid);
    expect(await lookUpSession(t.db, sid, new Date(), { touch: true })).toEqual({ status: "none" });
  });

  it("signs out everywhere: every session of the person, as citizen and as clinician, and no one else's", async () => {
    const { unit } = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
    });
    const person = await createPerson(t.db);
    const clinician = await createClinician(t.db, { unitIds: [unit.id], personId: person.id });
    const other = await createPerson(t.db);
    const a = await createUserSession(t.db, {
      kind: "CITIZEN",
      personId: person.id,
      authMethod: "TEST_IDENTITY",
    });
    const b = await createUserSession(t.db, {
      kind: "CITIZEN",
      personId: person.id,
      authMethod: "IDPORTEN",
    });
    const c = await createUserSession(t.db, {
      kind: "CLINICIAN",
      clinicianId: clinician.id,
      authMethod: "HELSEID",
    });
    const mine = await createUserSession(t.db, {
      kind: "CITIZEN",
      personId: other.id,
      authMethod: "TEST_IDENTITY",
    });

    expect(await endAllSessionsOfUser(t.db, a)).toBe(3);
    const rows = await t.db.userSession.findMany({ where: { id: { in: [a, b, c, mine] } } });
    const ended = Object.fromEntries(rows.map((r) => [r.id, r.endedAt !== null]));
    expect(ended).toEqual({ [a]: true, [b]: true, [c]: true, [mine]: false });
  });
});

describe("test sign-in identity", () => {
  it("maps a synthetic fødselsnummer to the person", async () => {
    const person = await createPerson(t.db, { givenName: "Ola", familyName: "Test" });
    const result = await resolveTestIdentity(t.db, { nationalId: ` ${person.nationalId} ` }, {});
    expect(result).toEqual({
      ok: true,
      identity: { kind: "CITIZEN", personId: person.id, authMethod: "TEST_IDENTITY" },
      displayName: "Ola Test",
    });
  });

  it("explains what is wrong with a bad number, and refuses the deceased", async () => {
    const person = await createPerson(t.db);
    const wrongCheck =
      person.nationalId.slice(0, 10) + String((Number(person.nationalId[10]) + 1) % 10);
    expect(await resolveTestIdentity(t.db, { nationalId: "" }, {})).toEqual({
      ok: false,
      reason: "empty",
    });
    expect(await resolveTestIdentity(t.db, { nationalId: "12345" }, {})).toEqual({
      ok: false,
      reason: "format",
    });
    expect(await resolveTestIdentity(t.db, { nationalId: wrongCheck }, {})).toEqual({
      ok: false,
      reason: "checksum",
    });
    // A real-looking (non-synthetic) number with correct check digits is refused outside production.
    expect(await resolveTestIdentity(t.db, { nationalId: "01010100131" }, {})).toEqual({
      ok: false,
      reason: "not_synthetic",
    });
    const dead = await createPerson(t.db, { deceased: true });
    expect(await resolveTestIdentity(t.db, { nationalId: dead.nationalId }, {})).toEqual({
      ok: false,
      reason: "deceased",
    });
  });

  it("maps HPR numbers and picked clinicians, and gives ORG_ADMIN only to admins", async () => {
    const { organisation, unit } = await createOrganisationWithUnit(t.db, {
      kind: "HOSPITAL",
      unitKind: "HOSPITAL_DEPARTMENT",
    });
    const doctor = await createClinician(t.db, { unitIds: [unit.id], hprNumber: "991234567" });
    const admin = await createClinician(t.db, {
      unitIds: [],
      hprNumber: null,
      adminOf: [organisation.id],
    });

    expect(await resolveTestIdentity(t.db, { hprNumber: "991234567" })).toMatchObject({
      ok: true,
      identity: { kind: "CLINICIAN", clinicianId: doctor.id },
    });
    expect(await resolveTestIdentity(t.db, { hprNumber: "991234567", role: "ORG_ADMIN" })).toEqual({
      ok: false,
      reason: "not_admin",
    });
    expect(await resolveTestIdentity(t.db, { hprNumber: "12ab" })).toEqual({
      ok: false,
      reason: "hpr_format",
    });
    expect(await resolveTestIdentity(t.db, { hprNumber: "9999999" })).toEqual({
      ok: false,
      reason: "unknown_clinician",
    });
    expect(
      await resolveTestIdentity(t.db, { clinicianId: admin.id, role: "ORG_ADMIN" }),
    ).toMatchObject({
      ok: true,
      identity: { kind: "ORG_ADMIN", clinicianId: admin.id },
    });
    expect(await resolveTestIdentity(t.db, { clinicianId: "garbage", role: "CLINICIAN" })).toEqual({
      ok: false,
      reason: "unknown_clinician",
    });
  });
});
