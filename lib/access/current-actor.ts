import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb, type Db } from "@/lib/db/client";
import {
  requireSignedIn,
  getSignedInSession,
  type SessionKind,
  type SignedInSession,
} from "@/lib/auth/session";
import type { ClinicianStanding } from "@/lib/auth/session-types";
import type { Actor } from "./actor";
import { activeMembershipWhere, isHealthPersonnel } from "./health-personnel";

/**
 * Builds the actor from the server-side session; a clinician's units come from the database (read
 * with the session by lookUpSession, or here when the session carries no standing).
 */
export async function actorFromSession(db: Db, session: SignedInSession): Promise<Actor | null> {
  if (session.kind === "CITIZEN") {
    return session.personId
      ? {
          kind: "CITIZEN",
          sessionId: session.sessionId,
          personId: session.personId,
          name: session.displayName,
        }
      : null;
  }
  if (!session.clinicianId) return null;
  const standing = session.standing ?? (await readStanding(db, session.clinicianId));
  if (!standing) return null;
  if (session.kind === "ORG_ADMIN") {
    return {
      kind: "ORG_ADMIN",
      sessionId: session.sessionId,
      clinicianId: session.clinicianId,
      name: session.displayName,
      organisationIds: standing.adminOrganisationIds,
    };
  }
  // Checked on every request, not only at sign-in: an HPR authorisation or the last unit membership
  // may end while a session is open.
  if (
    !isHealthPersonnel({ hprNumber: standing.hprNumber, activeMemberships: standing.units.length })
  )
    return null;
  return {
    kind: "CLINICIAN",
    sessionId: session.sessionId,
    clinicianId: session.clinicianId,
    name: session.displayName,
    profession: standing.profession,
    units: standing.units,
  };
}

async function readStanding(db: Db, clinicianId: string): Promise<ClinicianStanding | null> {
  const clinician = await db.clinician.findUnique({
    where: { id: clinicianId },
    select: {
      profession: true,
      hprNumber: true,
      memberships: {
        where: activeMembershipWhere(new Date()),
        select: {
          unit: { select: { id: true, name: true, organisation: { select: { name: true } } } },
        },
        orderBy: { unit: { name: "asc" } },
      },
      adminOf: { select: { organisationId: true } },
    },
  });
  if (!clinician) return null;
  return {
    profession: clinician.profession,
    hprNumber: clinician.hprNumber,
    units: clinician.memberships.map((m) => ({
      id: m.unit.id,
      name: m.unit.name,
      organisationName: m.unit.organisation.name,
    })),
    adminOrganisationIds: clinician.adminOf.map((a) => a.organisationId),
  };
}

/** The acting user of this request, or null. Cached per request. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await getSignedInSession();
  return session ? actorFromSession(getDb(), session) : null;
});

function isKind<K extends SessionKind>(
  actor: Actor,
  kind: K,
): actor is Extract<Actor, { kind: K }> {
  return actor.kind === kind;
}

/** For pages and actions: the actor, of the given kind; otherwise off to sign-in. */
export async function requireActor<K extends SessionKind>(
  kind: K,
): Promise<Extract<Actor, { kind: K }>> {
  await requireSignedIn(kind);
  const actor = await getCurrentActor();
  if (!actor || !isKind(actor, kind)) redirect("/logg-inn?feil=rolle");
  return actor;
}
