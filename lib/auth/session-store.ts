import type { Db, DbOrTx } from "@/lib/db/client";
import type { AuthMethod } from "@/lib/generated/prisma/enums";
import { evaluateSession, sessionExpiresAt } from "./idle";
import { activeMembershipWhere } from "@/lib/access/health-personnel";
import { isUuid } from "@/lib/ids/uuid";
import type { ClinicianStanding, SessionKind, SignedInSession } from "./session-types";

/** Our session ids are UUIDs; anything else is rejected before it reaches the database. */
export const isSessionId = isUuid;

export type NewSession =
  | { kind: "CITIZEN"; personId: string; authMethod: AuthMethod }
  | { kind: "CLINICIAN" | "ORG_ADMIN"; clinicianId: string; authMethod: AuthMethod };

export async function createUserSession(
  db: DbOrTx,
  input: NewSession,
  now = new Date(),
): Promise<string> {
  const row = await db.userSession.create({
    data: {
      kind: input.kind,
      personId: input.kind === "CITIZEN" ? input.personId : null,
      clinicianId: input.kind === "CITIZEN" ? null : input.clinicianId,
      authMethod: input.authMethod,
      createdAt: now,
      lastSeenAt: now,
    },
    select: { id: true },
  });
  return row.id;
}

export type SessionLookup =
  { status: "active"; session: SignedInSession } | { status: "expired" } | { status: "none" };

/**
 * Loads a session by id and applies the idle rule: an expired session is ended (endedAt = the
 * moment it expired) and reported as "expired"; an active one is touched at most once a minute
 * when `touch` is set. One read, and at most one write.
 */
export async function lookUpSession(
  db: DbOrTx,
  sessionId: string,
  now: Date,
  opts: { touch: boolean },
): Promise<SessionLookup> {
  if (!isSessionId(sessionId)) return { status: "none" };
  const row = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      kind: true,
      personId: true,
      clinicianId: true,
      createdAt: true,
      lastSeenAt: true,
      endedAt: true,
      person: { select: { givenName: true, familyName: true, deathDate: true } },
      // The clinician's standing comes along (joined), so building the actor needs no second read.
      clinician: {
        select: {
          givenName: true,
          familyName: true,
          profession: true,
          hprNumber: true,
          memberships: {
            where: activeMembershipWhere(now),
            select: {
              unit: { select: { id: true, name: true, organisation: { select: { name: true } } } },
            },
            orderBy: { unit: { name: "asc" } },
          },
          adminOf: { select: { organisationId: true } },
        },
      },
    },
  });
  if (!row || row.kind === "SYSTEM") return { status: "none" };

  const state = evaluateSession(row, now);
  if (state.status === "ended") return { status: "none" };
  if (state.status === "expired") {
    await db.userSession.updateMany({
      where: { id: row.id, endedAt: null },
      data: { endedAt: state.expiredAt },
    });
    return { status: "expired" };
  }

  const kind: SessionKind = row.kind;
  let session: SignedInSession;
  if (kind === "CITIZEN") {
    if (!row.personId || !row.person || row.person.deathDate) return { status: "none" };
    session = {
      sessionId: row.id,
      kind,
      personId: row.personId,
      displayName: `${row.person.givenName} ${row.person.familyName}`,
      expiresAt: state.expiresAt,
    };
  } else {
    if (!row.clinicianId || !row.clinician) return { status: "none" };
    session = {
      sessionId: row.id,
      kind,
      clinicianId: row.clinicianId,
      displayName: `${row.clinician.givenName} ${row.clinician.familyName}`,
      expiresAt: state.expiresAt,
      standing: standingOf(row.clinician),
    };
  }

  if (opts.touch && state.shouldTouch) {
    // Guarded by endedAt: a sign-out racing this request wins.
    const touched = await db.userSession.updateMany({
      where: { id: row.id, endedAt: null },
      data: { lastSeenAt: now },
    });
    if (touched.count === 0) return { status: "none" };
    session = { ...session, expiresAt: sessionExpiresAt(row, now) };
  }
  return { status: "active", session };
}

function standingOf(c: {
  profession: string;
  hprNumber: string | null;
  memberships: { unit: { id: string; name: string; organisation: { name: string } } }[];
  adminOf: { organisationId: string }[];
}): ClinicianStanding {
  return {
    profession: c.profession,
    hprNumber: c.hprNumber,
    units: c.memberships.map((m) => ({
      id: m.unit.id,
      name: m.unit.name,
      organisationName: m.unit.organisation.name,
    })),
    adminOrganisationIds: c.adminOf.map((a) => a.organisationId),
  };
}

/** Marks the session active now ("Fortsett innlogget"). Returns the new expiry, or null if it is gone. */
export async function touchSession(
  db: DbOrTx,
  sessionId: string,
  now = new Date(),
): Promise<Date | null> {
  const found = await lookUpSession(db, sessionId, now, { touch: false });
  if (found.status !== "active") return null;
  const [touched] = await db.userSession.updateManyAndReturn({
    where: { id: sessionId, endedAt: null },
    data: { lastSeenAt: now },
    select: { createdAt: true },
  });
  // "Fortsett innlogget" extends the idle time, never past the 12-hour cap.
  return touched ? sessionExpiresAt(touched, now) : null;
}

/**
 * Signing in again in the same browser: the new session is created and the one the browser held
 * before (if any) is ended, in one transaction, so a browser never holds two live sessions.
 */
export async function replaceUserSession(
  db: Db,
  previousSessionId: string | null,
  input: NewSession,
  now = new Date(),
): Promise<string> {
  return db.$transaction(async (tx) => {
    if (previousSessionId) await endUserSession(tx, previousSessionId, now);
    return createUserSession(tx, input, now);
  });
}

export async function endUserSession(
  db: DbOrTx,
  sessionId: string,
  now = new Date(),
): Promise<void> {
  if (!isSessionId(sessionId)) return;
  await db.userSession.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { endedAt: now },
  });
}

/**
 * "Logg ut på alle enheter": ends every open session of the human behind this session — as a
 * citizen and, when the person is also a clinician, as clinician or admin (and the other way round).
 * Returns how many sessions were ended.
 */
export async function endAllSessionsOfUser(
  db: DbOrTx,
  sessionId: string,
  now = new Date(),
): Promise<number> {
  if (!isSessionId(sessionId)) return 0;
  const row = await db.userSession.findUnique({
    where: { id: sessionId },
    select: { personId: true, clinicianId: true, clinician: { select: { personId: true } } },
  });
  if (!row) return 0;

  const personId = row.personId ?? row.clinician?.personId ?? null;
  let clinicianId = row.clinicianId;
  if (personId && !clinicianId) {
    const clinician = await db.clinician.findUnique({ where: { personId }, select: { id: true } });
    clinicianId = clinician?.id ?? null;
  }

  const owners = [...(personId ? [{ personId }] : []), ...(clinicianId ? [{ clinicianId }] : [])];
  if (owners.length === 0) {
    await endUserSession(db, sessionId, now);
    return 1;
  }
  const ended = await db.userSession.updateMany({
    where: { endedAt: null, OR: owners },
    data: { endedAt: now },
  });
  return ended.count;
}
