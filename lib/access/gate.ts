import type { Db, Tx } from "@/lib/db/client";
import type { AccessAction, AccessBasis, DataCategory } from "@/lib/generated/prisma/enums";
import { SELF_SUBJECT, type Actor } from "./actor";
import { AccessDeniedError } from "./errors";
import { loadAccessFacts, loadClinicianFactsMany, type SubjectPerson } from "./facts";
import { decide, type Decision } from "./rules";

export type AccessRequest = {
  /** "meg" or a person id straight from the request: untrusted until the gate has run. */
  subject: string;
  category: DataCategory;
  action: AccessAction;
  /** A clinician without a care relation states why (emergency access, flagged in the log). */
  emergencyReason?: string;
};

/** What the work inside the gate knows: who, for whom, on what basis. */
export type Access = {
  readonly actor: Actor;
  readonly subject: SubjectPerson;
  readonly basis: AccessBasis;
  readonly proxyGrantId: string | null;
  /** Items a clinician marked "not shown to guardians" must be filtered out under this basis. */
  readonly asGuardian: boolean;
  /** Names the item this access concerned, for the log entry (call once the id is known). */
  item(type: string, id: string): void;
  /**
   * The work changed something another person is party to (the other side of a proxy grant): their
   * log gets the same entry, in the same transaction. Only for ids the work read from the database.
   */
  alsoConcerns(personId: string): void;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Resolves "meg" to the citizen's own id; anything that is not a well-formed id is refused. */
export function resolveSubjectId(actor: Actor, subject: string): string | null {
  if (subject === SELF_SUBJECT) return actor.kind === "CITIZEN" ? actor.personId : null;
  return UUID.test(subject) ? subject.toLowerCase() : null;
}

// Interactive transactions wait for a connection; the embedded database has only one.
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

/**
 * The only door to health data. Decides allow/deny for (actor, subject, category, action), runs the
 * work and writes exactly one access log entry in the same transaction. A refusal throws
 * AccessDeniedError before anything is read; if the work throws, the log entry is rolled back with it.
 */
export async function withAccess<T>(
  db: Db,
  actor: Actor,
  request: AccessRequest,
  work: (tx: Tx, access: Access) => Promise<T>,
  options: { now?: Date } = {},
): Promise<T> {
  const now = options.now ?? new Date();
  const subjectId = resolveSubjectId(actor, request.subject);
  if (!subjectId) throw new AccessDeniedError("malformed_subject");

  return db.$transaction(async (tx) => {
    const loaded = await loadAccessFacts(tx, actor, subjectId, now);
    if (!loaded) throw new AccessDeniedError("no_subject");
    const decision = decide({
      actor,
      subject: loaded.subject,
      facts: loaded.facts,
      category: request.category,
      action: request.action,
      emergencyReason: request.emergencyReason,
      now,
    });
    if (!decision.allowed) throw new AccessDeniedError(decision.reason);

    let item: { type: string; id: string } | null = null;
    const concerned = new Set<string>();
    const access: Access = {
      actor,
      subject: loaded.subject,
      basis: decision.basis,
      proxyGrantId: decision.proxyGrantId,
      asGuardian: decision.basis === "PARENTAL",
      item(type, id) {
        item = { type, id };
      },
      alsoConcerns(personId) {
        if (personId !== loaded.subject.id) concerned.add(personId);
      },
    };
    const result = await work(tx, access);

    const recorded = item as { type: string; id: string } | null;
    await tx.accessLogEntry.create({
      data: logEntryData(actor, loaded.subject.id, request, decision, recorded, now),
    });
    // One at a time: a transaction client runs one statement at a time anyway.
    for (const personId of concerned) {
      await tx.accessLogEntry.create({ data: logEntryData(actor, personId, request, decision, recorded, now) });
    }
    return result;
  }, TX_OPTIONS);
}

type Allowed = Extract<Decision, { allowed: true }>;

function logEntryData(
  actor: Actor,
  personId: string,
  request: Pick<AccessRequest, "category" | "action">,
  decision: Allowed,
  item: { type: string; id: string } | null,
  now: Date,
) {
  return {
    personId,
    occurredAt: now,
    actorKind: actor.kind,
    actorPersonId: actor.kind === "CITIZEN" ? actor.personId : null,
    actorClinicianId: actor.kind === "CITIZEN" ? null : actor.clinicianId,
    actorName: actor.name,
    actorRole: actor.kind === "CLINICIAN" ? actor.profession : "citizen",
    actorOrganisation: decision.unit?.organisationName ?? null,
    actorUnit: decision.unit?.unitName ?? null,
    category: request.category,
    action: request.action,
    itemType: item?.type ?? null,
    itemId: item?.id ?? null,
    basis: decision.basis,
    proxyGrantId: decision.proxyGrantId,
    emergencyReason: decision.basis === "EMERGENCY" ? (decision.emergencyReason ?? null) : null,
  };
}

/** Inside withAccessToMany: keeps the subjects the clinician may see, and logs each one kept. */
export type ManyAccess = {
  readonly actor: Extract<Actor, { kind: "CLINICIAN" }>;
  permitted(subjectIds: readonly string[]): Promise<ReadonlySet<string>>;
};

/**
 * Work lists (a unit's day list, a shared inbox) show many patients at once. The same rules apply
 * to each patient, and each one shown gets its own log entry, all in one transaction.
 */
export async function withAccessToMany<T>(
  db: Db,
  actor: Actor,
  request: { category: DataCategory; action: AccessAction },
  work: (tx: Tx, access: ManyAccess) => Promise<T>,
  options: { now?: Date } = {},
): Promise<T> {
  const now = options.now ?? new Date();
  if (actor.kind !== "CLINICIAN") throw new AccessDeniedError("not_clinician");
  return db.$transaction(async (tx) => {
    const logged = new Map<string, Allowed>();
    const access: ManyAccess = {
      actor,
      async permitted(subjectIds) {
        const facts = await loadClinicianFactsMany(tx, actor, subjectIds, now);
        const allowed = new Set<string>();
        for (const [id, { subject, facts: f }] of facts) {
          const decision = decide({ actor, subject, facts: f, category: request.category, action: request.action, now });
          if (decision.allowed) {
            allowed.add(id);
            logged.set(id, decision);
          }
        }
        return allowed;
      },
    };
    const result = await work(tx, access);
    if (logged.size > 0) {
      await tx.accessLogEntry.createMany({
        data: [...logged].map(([personId, decision]) => logEntryData(actor, personId, request, decision, null, now)),
      });
    }
    return result;
  }, TX_OPTIONS);
}
