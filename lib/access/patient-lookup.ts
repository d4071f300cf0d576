import type { Db } from "@/lib/db/client";
import type { Actor } from "./actor";
import { startEmergencyAccess } from "@/lib/emergency-access/emergency-access";
import { AccessDeniedError } from "./errors";
import { loadAccessFacts } from "./facts";
import { logPatientLookup } from "./gate";
import { loadEmergencyEligibility } from "./health-personnel";
import { decide, emergencyIneligibility } from "./rules";

/**
 * What Finn pasient answers. An unknown person, a person who has shielded the clinician and one the
 * clinician's units have no care relation with get the same answer, so a lookup never tells whether
 * someone exists or has blocked you; only "open" differs, and only where the clinician may see.
 * `emergency` depends on the clinician alone: the path is offered, or why they may not use it.
 */
export type PatientLookupResult =
  | { kind: "open"; personId: string }
  | {
      kind: "no_access";
      emergency: "offered" | NonNullable<ReturnType<typeof emergencyIneligibility>>;
    };

/** The chart's first read: a lookup opens it only where that read would be allowed. */
const CHART_CATEGORY = "APPOINTMENTS" as const;

/**
 * Looks a person up by national identity number for a clinician, and logs the lookup on that
 * person's access log ("looked up by"), in one transaction. Reads identity facts only.
 */
export async function lookUpPatient(
  db: Db,
  actor: Actor,
  nationalId: string,
  now = new Date(),
): Promise<PatientLookupResult> {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  // Health personnel work in a unit; the session checks this too, this is the second lock.
  if (actor.units.length === 0) throw new AccessDeniedError("not_health_personnel");
  return db.$transaction(
    async (tx) => {
      // Who may use emergency access is about the clinician (rules.ts decides it from the database),
      // read for every lookup so the answer is the same whoever the number belongs to.
      const ineligible = emergencyIneligibility(
        await loadEmergencyEligibility(tx, actor.clinicianId, now),
      );
      const noAccess: PatientLookupResult = {
        kind: "no_access",
        emergency: ineligible ?? "offered",
      };
      const person = await tx.person.findUnique({ where: { nationalId }, select: { id: true } });
      if (!person) return noAccess;
      const loaded = await loadAccessFacts(tx, actor, person.id, now);
      if (!loaded) return noAccess;
      const decision = decide({
        actor,
        subject: loaded.subject,
        facts: loaded.facts,
        category: CHART_CATEGORY,
        action: "READ",
        now,
      });
      const home = actor.units[0];
      const unit =
        decision.allowed && decision.unit
          ? decision.unit
          : home
            ? { unitName: home.name, organisationName: home.organisationName }
            : null;
      await logPatientLookup(tx, actor, person.id, unit);
      // A care relation, or an emergency access already running, opens the chart; nothing else does.
      return decision.allowed ? { kind: "open" as const, personId: person.id } : noAccess;
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}

/**
 * Emergency access from Finn pasient, by the national id looked up (the answer never gave a person
 * id). An unknown number and a refusal (shielding) come back alike, as AccessDeniedError.
 */
export async function startEmergencyAccessByNationalId(
  db: Db,
  actor: Actor,
  input: { nationalId: string; reason: string },
  now = new Date(),
): Promise<{ personId: string }> {
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  const person = await db.person.findUnique({
    where: { nationalId: input.nationalId },
    select: { id: true },
  });
  if (!person) throw new AccessDeniedError("no_subject");
  await startEmergencyAccess(db, actor, { personId: person.id, reason: input.reason }, now);
  return { personId: person.id };
}
