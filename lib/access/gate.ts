import type { Db, Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AccessAction, AccessBasis, DataCategory } from "@/lib/generated/prisma/enums";
import { SELF_SUBJECT, type Actor } from "./actor";
import { AccessDeniedError } from "./errors";
import { loadAccessFacts, loadClinicianFactsMany, type SubjectPerson } from "./facts";
import type { ItemView } from "./item-visibility";
import { decide, type Decision } from "./rules";
import { recordRefusal } from "./security-events";
import { ageOn } from "@/lib/time/oslo";
import { UUID } from "@/lib/ids/uuid";

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
  /** @deprecated Ask itemVisibility(access.items, …) (lib/access/item-visibility.ts) instead. */
  readonly asGuardian: boolean;
  /** What single items this access may show: pass to itemVisibility() for every item read. */
  readonly items: ItemView;
  /** Names the item this access concerned, for the log entry (call once the id is known). */
  item(type: string, id: string): void;
  /**
   * The work changed something another person is party to (the other side of a proxy grant): their
   * log gets the same entry, in the same transaction. Only for ids the work read from the database.
   */
  alsoConcerns(personId: string): void;
};

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
 * Every refusal is written to the security event table, outside the rolled-back transaction.
 */
export async function withAccess<T>(
  db: Db,
  actor: Actor,
  request: AccessRequest,
  work: (tx: Tx, access: Access) => Promise<T>,
  options: { now?: Date } = {},
): Promise<T> {
  try {
    return await gateTransaction(db, actor, request, work, options.now ?? new Date());
  } catch (error) {
    if (error instanceof AccessDeniedError) await recordRefusal(db, actor, request, error.reason);
    throw error;
  }
}

async function gateTransaction<T>(
  db: Db,
  actor: Actor,
  request: AccessRequest,
  work: (tx: Tx, access: Access) => Promise<T>,
  now: Date,
): Promise<T> {
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
      items: itemViewOf(actor, loaded.subject, decision, now),
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
      data: logEntryData(actor, loaded.subject.id, request, decision, recorded),
    });
    // One at a time: a transaction client runs one statement at a time anyway.
    for (const personId of concerned) {
      await tx.accessLogEntry.create({
        data: logEntryData(actor, personId, request, decision, recorded),
      });
    }
    return result;
  }, TX_OPTIONS);
}

type Allowed = Extract<Decision, { allowed: true }>;

function itemViewOf(actor: Actor, subject: SubjectPerson, decision: Allowed, now: Date): ItemView {
  return {
    actorKind: actor.kind,
    basis: decision.basis,
    subjectId: subject.id,
    subjectAge: ageOn(subject.birthDate, now),
    scope: decision.itemScope ?? null,
    now,
  };
}

function logEntryData(
  actor: Actor,
  personId: string,
  request: Pick<AccessRequest, "category" | "action">,
  decision: Allowed,
  item: { type: string; id: string } | null,
) {
  // No occurredAt: the database stamps each entry when it chains it.
  return {
    personId,
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

type LogEntryData = ReturnType<typeof logEntryData>;

/** The column of each field of a log entry; a field without one does not compile. */
const LOG_ENTRY_COLUMNS = {
  personId: "person_id",
  actorKind: "actor_kind",
  actorPersonId: "actor_person_id",
  actorClinicianId: "actor_clinician_id",
  actorName: "actor_name",
  actorRole: "actor_role",
  actorOrganisation: "actor_organisation",
  actorUnit: "actor_unit",
  category: "category",
  action: "action",
  itemType: "item_type",
  itemId: "item_id",
  basis: "basis",
  proxyGrantId: "proxy_grant_id",
  emergencyReason: "emergency_reason",
} as const satisfies Record<keyof LogEntryData, string>;

const LOG_ENTRY_COLUMN_LIST = Prisma.raw(Object.values(LOG_ENTRY_COLUMNS).join(", "));

/**
 * Several log entries in one INSERT, written as SQL: Prisma caches the compiled plan of a query
 * shape, but never of a createMany, whose plan it compiles anew on every call in proportion to its
 * rows (about 15 % of the server's CPU on a 25-patient work list). The database chains and stamps
 * each row by its trigger, as for any other entry.
 */
async function insertLogEntries(tx: Tx, entries: readonly LogEntryData[]): Promise<void> {
  const rows = entries.map((entry) =>
    Object.fromEntries(
      (Object.keys(LOG_ENTRY_COLUMNS) as Array<keyof LogEntryData>).map((field) => [
        LOG_ENTRY_COLUMNS[field],
        entry[field],
      ]),
    ),
  );
  await tx.$executeRaw`
    INSERT INTO access_log_entry (${LOG_ENTRY_COLUMN_LIST})
    SELECT ${LOG_ENTRY_COLUMN_LIST}
      FROM json_populate_recordset(NULL::access_log_entry, ${JSON.stringify(rows)}::json)`;
}

/** Inside withAccessToMany: keeps the subjects the clinician may see, and logs each one kept. */
export type ManyAccess = {
  readonly actor: Extract<Actor, { kind: "CLINICIAN" }>;
  /**
   * `shows`, when given, says whether the work will show anything of an allowed subject (say, none
   * of their items on this page is within the relation's scope); those it will not are neither kept
   * nor logged, so the log names exactly the patients a work list shows.
   */
  permitted(
    subjectIds: readonly string[],
    shows?: (subjectId: string, items: ItemView) => boolean,
  ): Promise<ReadonlySet<string>>;
  /** For a subject `permitted` let through: what single items of theirs may show (else null). */
  items(subjectId: string): ItemView | null;
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
  if (actor.kind !== "CLINICIAN") {
    await recordRefusal(db, actor, { subject: "(work list)", ...request }, "not_clinician");
    throw new AccessDeniedError("not_clinician");
  }
  return db.$transaction(async (tx) => {
    const logged = new Map<string, Allowed>();
    const views = new Map<string, ItemView>();
    const access: ManyAccess = {
      actor,
      async permitted(subjectIds, shows) {
        const facts = await loadClinicianFactsMany(tx, actor, subjectIds, now);
        const allowed = new Set<string>();
        for (const [id, { subject, facts: f }] of facts) {
          const decision = decide({
            actor,
            subject,
            facts: f,
            category: request.category,
            action: request.action,
            now,
          });
          if (!decision.allowed) continue;
          const view = itemViewOf(actor, subject, decision, now);
          if (shows && !shows(id, view)) continue;
          allowed.add(id);
          logged.set(id, decision);
          views.set(id, view);
        }
        return allowed;
      },
      items: (subjectId) => views.get(subjectId) ?? null,
    };
    const result = await work(tx, access);
    if (logged.size > 0)
      await insertLogEntries(
        tx,
        [...logged].map(([personId, decision]) =>
          logEntryData(actor, personId, request, decision, null),
        ),
      );
    return result;
  }, TX_OPTIONS);
}

/** The item type of a Finn pasient lookup entry; the access log shows it as "looked up by". */
export const LOOKUP_ITEM_TYPE = "patient_lookup";

/**
 * Finn pasient: a clinician looked this person up by national id. Logged on the person's log in the
 * caller's transaction whatever the answer was (care relation, none, shielded), though nothing of
 * the record is read by the lookup itself.
 */
export async function logPatientLookup(
  tx: Tx,
  actor: Extract<Actor, { kind: "CLINICIAN" }>,
  personId: string,
  unit: { unitName: string; organisationName: string } | null,
): Promise<void> {
  const decision: Allowed = { allowed: true, basis: "LOOKUP", proxyGrantId: null, unit };
  await tx.accessLogEntry.create({
    data: logEntryData(actor, personId, { category: "PROFILE", action: "READ" }, decision, {
      type: LOOKUP_ITEM_TYPE,
      id: personId,
    }),
  });
}
