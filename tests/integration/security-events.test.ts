import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess, withAccessToMany } from "@/lib/access/gate";
import { readAccessLog } from "@/lib/access-log/read-access-log";
import { listAppointments } from "@/lib/appointments/list-appointments";
import { useTestDatabase } from "./harness";
import {
  createClinician,
  createOrganisationWithUnit,
  createPerson,
  citizenActor,
} from "./factories";

const t = useTestDatabase();

const citizen = (p: { id: string }, name = "Test Person") => citizenActor(p, name);
const eventsBy = (where: { actorPersonId?: string; actorClinicianId?: string }) =>
  t.db.securityEvent.findMany({ where, orderBy: { id: "asc" } });

describe("every refusal at the gate leaves a security event", () => {
  it("another person's id: refused as not found, recorded with who, whose id, category, reason and the database's time", async () => {
    const kari = await createPerson(t.db, { age: 42 });
    const ola = await createPerson(t.db, { age: 40 });
    const before = Date.now();
    await expect(listAppointments(t.db, citizen(ola, "Ola Test"), kari.id)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    const events = await eventsBy({ actorPersonId: ola.id });
    expect(events).toMatchObject([
      {
        actorKind: "CITIZEN",
        actorName: "Ola Test",
        actorClinicianId: null,
        subjectAsGiven: kari.id,
        category: "APPOINTMENTS",
        action: "READ",
        reason: "no_relation",
      },
    ]);
    expect(events[0]!.occurredAt.getTime()).toBeGreaterThan(before - 60_000);
    // The gate's transaction rolled back; the event did not go with it, and nothing reached Kari's log.
    expect(await t.db.accessLogEntry.count({ where: { personId: kari.id } })).toBe(0);
  });

  it("an id that is not an id, or names no one, is recorded as given (and cut to 200 characters)", async () => {
    const ola = await createPerson(t.db, { age: 40 });
    const probe = `../${"x".repeat(300)}`;
    await expect(listAppointments(t.db, citizen(ola), probe)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    await expect(
      listAppointments(t.db, citizen(ola), "00000000-0000-4000-8000-000000000000"),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    expect(
      (await eventsBy({ actorPersonId: ola.id })).map((e) => [e.subjectAsGiven, e.reason]),
    ).toEqual([
      [probe.slice(0, 200), "malformed_subject"],
      ["00000000-0000-4000-8000-000000000000", "no_subject"],
    ]);
  });

  it("a clinician without a care relation, and without a stated reason for emergency access", async () => {
    const { unit } = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
    });
    const row = await createClinician(t.db, { unitIds: [unit.id] });
    const doctor: Actor = {
      kind: "CLINICIAN",
      sessionId: "t",
      clinicianId: row.id,
      name: "Dr Test",
      profession: "lege",
      units: [{ id: unit.id, name: unit.name, organisationName: "Kontoret" }],
    };
    const patient = await createPerson(t.db, { age: 60 });
    await expect(
      withAccess(
        t.db,
        doctor,
        { subject: patient.id, category: "MEDICATIONS", action: "READ" },
        async () => null,
      ),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(
      withAccessToMany(
        t.db,
        citizen(patient),
        { category: "APPOINTMENTS", action: "READ" },
        async () => null,
      ),
    ).rejects.toBeInstanceOf(AccessDeniedError);
    const events = await eventsBy({ actorClinicianId: row.id });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorKind: "CLINICIAN",
      actorName: "Dr Test",
      subjectAsGiven: patient.id,
      category: "MEDICATIONS",
      reason: expect.stringMatching(/care_relation|emergency/),
    });
    expect((await eventsBy({ actorPersonId: patient.id })).map((e) => e.reason)).toEqual([
      "not_clinician",
    ]);
  });

  it("an allowed access leaves none; the person asked about never sees a refusal in their Innsynslogg", async () => {
    const kari = await createPerson(t.db, { age: 42 });
    const ola = await createPerson(t.db, { age: 40 });
    await listAppointments(t.db, citizen(kari), "meg");
    expect(await eventsBy({ actorPersonId: kari.id })).toEqual([]);
    await expect(listAppointments(t.db, citizen(ola, "Ola Test"), kari.id)).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    expect(await eventsBy({ actorPersonId: ola.id })).toHaveLength(1);
    const log = await readAccessLog(t.db, citizen(kari), "meg");
    expect(log.rows.length).toBeGreaterThan(0);
    expect(log.rows.map((r) => r.actorName)).not.toContain("Ola Test");
    expect(
      await t.db.accessLogEntry.count({ where: { personId: kari.id, actorPersonId: ola.id } }),
    ).toBe(0);
  });

  it("is append-only and timed by the database, even for the owner", async () => {
    const ola = await createPerson(t.db, { age: 40 });
    await expect(listAppointments(t.db, citizen(ola), "nobody")).rejects.toBeInstanceOf(
      AccessDeniedError,
    );
    const [event] = await eventsBy({ actorPersonId: ola.id });
    await expect(
      t.owner.$executeRaw`UPDATE security_event SET reason = 'x' WHERE id = ${event!.id}`,
    ).rejects.toThrow(/append-only/);
    await expect(
      t.owner.$executeRaw`DELETE FROM security_event WHERE id = ${event!.id}`,
    ).rejects.toThrow(/append-only/);
    await expect(t.owner.$executeRawUnsafe("TRUNCATE security_event")).rejects.toThrow(
      /append-only/,
    );
    const planted = await t.db.securityEvent.create({
      data: {
        occurredAt: new Date("2001-01-01T00:00:00Z"),
        actorKind: "SYSTEM",
        actorName: "x",
        subjectAsGiven: "x",
        category: "PROFILE",
        action: "READ",
        reason: "x",
      },
    });
    expect(planted.occurredAt.getFullYear()).toBeGreaterThan(2001);
  });
});
