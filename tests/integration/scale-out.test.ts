// Issue 14, scale out: the app keeps no state in memory (sessions, bookings, rate limits live in
// PostgreSQL), so two app instances against one database agree. Two `next start` processes are too
// heavy for every CI run on the embedded database (its one server cannot be shared by two processes'
// pools reliably), so the same is shown at the domain level: instance A is this file's modules with
// the file's client; instance B is a second copy of the same modules (vi.resetModules, so no module
// state is shared, the session key cache included) with its own client and connection pool.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/access/actor";
import type { Db } from "@/lib/db/client";
import * as actorA from "@/lib/access/current-actor";
import * as bookingA from "@/lib/appointments/book-appointment";
import * as sessionCookieA from "@/lib/auth/session-cookie";
import * as storeA from "@/lib/auth/session-store";
import * as tokenA from "@/lib/auth/session-token";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie-names";
import * as rateLimitA from "@/lib/rate-limit/rate-limit";
import { SlotTakenError } from "@/lib/appointments/errors";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createClinician,
  createOrganisationWithUnit,
  createPerson,
} from "./factories";

const t = useTestDatabase();
const SECRET = "scale-out-test-secret-that-is-long-enough-0123456789";
const MINUTE = 60_000;

type Instance = {
  db: Db;
  actor: typeof actorA;
  booking: typeof bookingA;
  cookie: typeof sessionCookieA;
  store: typeof storeA;
  token: typeof tokenA;
  rateLimit: typeof rateLimitA;
};

let a: Instance;
let b: Instance;
let unitId: string;

beforeAll(async () => {
  a = {
    db: t.db,
    actor: actorA,
    booking: bookingA,
    cookie: sessionCookieA,
    store: storeA,
    token: tokenA,
    rateLimit: rateLimitA,
  };
  vi.resetModules();
  b = {
    db: t.newClient(),
    actor: await import("@/lib/access/current-actor"),
    booking: await import("@/lib/appointments/book-appointment"),
    cookie: await import("@/lib/auth/session-cookie"),
    store: await import("@/lib/auth/session-store"),
    token: await import("@/lib/auth/session-token"),
    rateLimit: await import("@/lib/rate-limit/rate-limit"),
  };
  expect(b.store).not.toBe(a.store);
  ({
    unit: { id: unitId },
  } = await createOrganisationWithUnit(t.db, {
    kind: "GP_OFFICE",
    unitKind: "GP_PRACTICE",
    unitName: "Fastlegen",
  }));
});

/** Signs in on one instance as the app does: a UserSession row and the signed cookie. */
async function signIn(
  on: Instance,
  input: Parameters<typeof storeA.createUserSession>[1],
): Promise<string> {
  const sid = await on.store.createUserSession(on.db, input);
  return `${SESSION_COOKIE}=${on.token.encodeSessionToken({ token: { sid }, secret: SECRET, salt: SESSION_COOKIE, maxAge: 3600 })}`;
}

/** One request on an instance: the cookie → the session → the actor, as a page does. */
async function actorOn(on: Instance, cookie: string, now = new Date()): Promise<Actor | null> {
  const sid = await on.cookie.readSessionId(cookie, SECRET);
  if (!sid) return null;
  const found = await on.store.lookUpSession(on.db, sid, now, { touch: true });
  return found.status === "active" ? on.actor.actorFromSession(on.db, found.session) : null;
}

describe("two app instances on one database", () => {
  it("a session made on one works on the other, and a sign-out on either ends it on both", async () => {
    const kari = await createPerson(t.db, { age: 42 });
    const cookie = await signIn(a, {
      kind: "CITIZEN",
      personId: kari.id,
      authMethod: "TEST_IDENTITY",
    });
    expect(await actorOn(b, cookie)).toMatchObject({ kind: "CITIZEN", personId: kari.id });
    expect(await actorOn(a, cookie)).toMatchObject({ kind: "CITIZEN", personId: kari.id });

    // Activity seen by B keeps the session alive for A (lastSeenAt is in the database).
    const sid = (await b.cookie.readSessionId(cookie, SECRET))!;
    const later = new Date(Date.now() + 20 * MINUTE);
    expect(await b.store.lookUpSession(b.db, sid, later, { touch: true })).toMatchObject({
      status: "active",
    });
    expect(
      await a.store.lookUpSession(a.db, sid, new Date(later.getTime() + 20 * MINUTE), {
        touch: false,
      }),
    ).toMatchObject({ status: "active" });

    await b.store.endUserSession(b.db, sid);
    expect(await actorOn(a, cookie)).toBeNull();
    expect(await actorOn(b, cookie)).toBeNull();

    // A clinician signed in on B is a clinician with units on A.
    const doctor = await createClinician(t.db, { unitIds: [unitId] });
    const clinicianCookie = await signIn(b, {
      kind: "CLINICIAN",
      clinicianId: doctor.id,
      authMethod: "TEST_IDENTITY",
    });
    expect(await actorOn(a, clinicianCookie)).toMatchObject({
      kind: "CLINICIAN",
      units: [{ id: unitId }],
    });
  });

  it("200 simultaneous bookings from 20 citizens on 50 slots, spread over both: each slot booked once", async () => {
    const people: Actor[] = [];
    for (let i = 0; i < 20; i++) {
      const p = await createPerson(t.db, { age: 30 + i });
      await createCareRelation(t.db, { personId: p.id, unitId, kind: "GP_LIST" });
      people.push({
        kind: "CITIZEN",
        sessionId: "t",
        personId: p.id,
        name: `${p.givenName} ${p.familyName}`,
      });
    }
    const start = Date.now() + 10 * 24 * 60 * MINUTE;
    await t.db.slot.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({
        unitId,
        startsAt: new Date(start + i * 20 * MINUTE),
        endsAt: new Date(start + (i + 1) * 20 * MINUTE),
        visitType: "Konsultasjon",
      })),
    });
    const slots = await t.db.slot.findMany({
      where: { unitId, startsAt: { gte: new Date(start) } },
      select: { id: true },
      orderBy: { startsAt: "asc" },
    });
    expect(slots).toHaveLength(50);

    // Attempt i: citizen i % 20 asks for slot i % 50; rounds of 50 alternate between A and B, so
    // every slot is asked for twice through each instance at once.
    const results = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => {
        const on = Math.floor(i / 50) % 2 === 0 ? a : b;
        return on.booking.bookAppointment(on.db, people[i % 20]!, {
          subject: "meg",
          slotId: slots[i % 50]!.id,
          reason: "Kontroll",
        });
      }),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    // Each module copy has its own error classes: compare by name across instances.
    const taken = results.filter(
      (r) => r.status === "rejected" && (r.reason as Error).name === new SlotTakenError().name,
    );
    expect(won).toHaveLength(50);
    expect(taken).toHaveLength(150);
    const booked = await t.db.appointment.groupBy({
      by: ["slotId"],
      where: { slotId: { in: slots.map((s) => s.id) }, status: "BOOKED" },
      _count: true,
    });
    expect(booked).toHaveLength(50);
    expect(booked.every((g) => g._count === 1)).toBe(true);
  }, 120_000);

  it("a rate limit counts attempts made on both instances together", async () => {
    const rule = { scope: "scale_out_test", windowSeconds: 600, perSession: 0, perIp: 10 };
    const now = new Date();
    const answers = [];
    for (let i = 0; i < 12; i++) {
      const on = i % 2 === 0 ? a : b;
      answers.push(await on.rateLimit.consumeRateLimit(on.db, rule, { ip: "203.0.113.9" }, now));
    }
    expect(answers.slice(0, 10).every((r) => r.ok)).toBe(true);
    expect(answers.slice(10).map((r) => r.ok)).toEqual([false, false]);
  });
});
