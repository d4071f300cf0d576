import type { Db, Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessAction, AccessBasis, DataCategory } from "@/lib/generated/prisma/enums";
import { addOsloDays, startOfOsloDay } from "@/lib/time/oslo";
import type { Actor } from "@/lib/access/actor";
import { LOOKUP_ITEM_TYPE, withAccess } from "@/lib/access/gate";

export const ACCESS_LOG_PAGE_SIZE = 25;

/** Who did it, as the patient thinks of it: me, my proxies and parents, or health personnel. */
export const ACCESS_LOG_WHO = ["self", "relatives", "health"] as const;
export type AccessLogWho = (typeof ACCESS_LOG_WHO)[number];

/** A position in the log: newest first by time, then by id (ties in time are common in bulk reads). */
export type AccessLogCursor = { occurredAt: Date; id: bigint };

export type AccessLogFilter = {
  /** Oslo calendar days (yyyy-mm-dd), both inclusive. */
  from?: string;
  to?: string;
  who?: AccessLogWho;
  category?: DataCategory;
  /** Entries older than this (the next page), or newer than this (the previous page). */
  before?: AccessLogCursor;
  after?: AccessLogCursor;
};

/**
 * Who the entry is about, from the viewer's side. "you" is the viewer themself (whatever the basis);
 * the rest follow the basis the gate recorded.
 */
export type AccessLogActorKind = "you" | "subject" | "proxy" | "parent" | "clinician" | "system";

export type AccessLogRow = {
  id: string;
  occurredAt: Date;
  actorKind: AccessLogActorKind;
  actorName: string;
  /** A clinician's profession as logged; null for citizens. */
  actorRole: string | null;
  /** Where a clinician works: "unit (organisation)" or just one of them; null for citizens. */
  actorPlace: string | null;
  category: DataCategory;
  action: AccessAction;
  basis: AccessBasis;
  /** Emergency access (nødtilgang). The stated reason is never read out of the database here. */
  emergency: boolean;
  /** A clinician looked the person up by national id (Finn pasient): "looked up by". */
  lookup: boolean;
  /** What the entry was about, when it names it (e.g. "proxy_grant", "proxy_grants"). */
  itemType: string | null;
  /** For giving, changing or ending a proxy grant: who gave it to whom, and which side acted. */
  proxyGrant: ProxyGrantEvent | null;
};

export type ProxyGrantEvent = {
  grantorName: string;
  granteeName: string;
  /** Which side of the grant the person whose log this is, is on. */
  subjectIs: "grantor" | "grantee";
  /** Which side did it (either side can end a grant). */
  actorIs: "grantor" | "grantee";
};

export type AccessLogPage = {
  rows: AccessLogRow[];
  /** Cursor for older entries, when there are more. */
  older: string | null;
  /** Cursor for newer entries, when this is not the newest page. */
  newer: string | null;
  /** The subject is the viewer (decides "your appointments" or "Emma's appointments"). */
  isSelf: boolean;
  subjectName: string;
};

// The columns the patient may see. emergencyReason is deliberately absent.
const visibleColumns = {
  id: true,
  occurredAt: true,
  actorKind: true,
  actorPersonId: true,
  actorName: true,
  actorRole: true,
  actorOrganisation: true,
  actorUnit: true,
  category: true,
  action: true,
  basis: true,
  itemType: true,
  itemId: true,
} as const satisfies Prisma.AccessLogEntrySelect;

/**
 * The subject's access log, newest first, one page of 25. Read through the gate (category ACCESS_LOG),
 * so looking at the log is itself logged. Keyset pages: the log grows while the patient reads it (every
 * read adds an entry), and offsets would then repeat rows; a cursor never does. Two queries a page
 * plus the gate's own, whatever the size of the log.
 */
export async function readAccessLog(
  db: Db,
  actor: Actor,
  subject: string,
  filter: AccessLogFilter = {},
  now = new Date(),
): Promise<AccessLogPage> {
  return withAccess(
    db,
    actor,
    { subject, category: "ACCESS_LOG", action: "READ" },
    async (tx, access) => {
      const personId = access.subject.id;
      const where: Prisma.AccessLogEntryWhereInput = {
        personId,
        AND: filterConditions(personId, filter),
      };
      const newerFirst = !filter.after;
      const cursor = filter.after ?? filter.before;
      if (cursor) {
        const cmp = newerFirst ? "lt" : "gt";
        (where.AND as Prisma.AccessLogEntryWhereInput[]).push({
          OR: [
            { occurredAt: { [cmp]: cursor.occurredAt } },
            { occurredAt: cursor.occurredAt, id: { [cmp]: cursor.id } },
          ],
        });
      }
      const dir = newerFirst ? "desc" : "asc";
      const fetched = await tx.accessLogEntry.findMany({
        where,
        select: visibleColumns,
        orderBy: [{ occurredAt: dir }, { id: dir }],
        take: ACCESS_LOG_PAGE_SIZE + 1,
      });
      const more = fetched.length > ACCESS_LOG_PAGE_SIZE;
      const page = fetched.slice(0, ACCESS_LOG_PAGE_SIZE);
      if (!newerFirst) page.reverse();

      const first = page[0];
      const last = page[page.length - 1];
      const viewerId = actor.kind === "CITIZEN" ? actor.personId : null;
      const grants = await proxyGrantEvents(tx, page, personId);
      return {
        rows: page.map((e) => toRow(e, viewerId, personId, grants)),
        older: last && (newerFirst ? more : true) ? encodeCursor(last) : null,
        newer: first && (newerFirst ? cursor !== undefined : more) ? encodeCursor(first) : null,
        isSelf: viewerId === personId,
        subjectName: `${access.subject.givenName} ${access.subject.familyName}`,
      };
    },
    { now },
  );
}

function filterConditions(
  personId: string,
  filter: AccessLogFilter,
): Prisma.AccessLogEntryWhereInput[] {
  const and: Prisma.AccessLogEntryWhereInput[] = [];
  if (filter.from) and.push({ occurredAt: { gte: startOfOsloDay(filter.from) } });
  // "to" is inclusive: everything before the next Oslo day begins.
  if (filter.to) and.push({ occurredAt: { lt: startOfOsloDay(addOsloDays(filter.to, 1)) } });
  if (filter.category) and.push({ category: filter.category });
  if (filter.who === "self") and.push({ basis: "SELF", actorPersonId: personId });
  if (filter.who === "relatives") {
    // Proxies and parents, and the other side of a proxy grant giving, changing or ending it.
    and.push({
      OR: [
        { basis: { in: ["PROXY_GRANT", "PARENTAL"] } },
        { itemType: PROXY_GRANT_ITEM, NOT: { actorPersonId: personId } },
      ],
    });
  }
  if (filter.who === "health") and.push({ actorKind: "CLINICIAN" });
  return and;
}

type VisibleEntry = Prisma.AccessLogEntryGetPayload<{ select: typeof visibleColumns }>;

const PROXY_GRANT_ITEM = "proxy_grant";

/** The grants a page's entries are about, with both names: one query, and only when there are any. */
async function proxyGrantEvents(
  tx: Tx,
  entries: readonly VisibleEntry[],
  personId: string,
): Promise<Map<string, Omit<ProxyGrantEvent, "actorIs"> & { grantorId: string }>> {
  const ids = [
    ...new Set(
      entries.filter((e) => e.itemType === PROXY_GRANT_ITEM && e.itemId).map((e) => e.itemId!),
    ),
  ];
  if (ids.length === 0) return new Map();
  const name = { select: { givenName: true, familyName: true } } as const;
  const grants = await tx.proxyGrant.findMany({
    where: { id: { in: ids }, OR: [{ grantorId: personId }, { granteeId: personId }] },
    select: { id: true, grantorId: true, grantor: name, grantee: name },
  });
  return new Map(
    grants.map((g) => [
      g.id,
      {
        grantorId: g.grantorId,
        grantorName: `${g.grantor.givenName} ${g.grantor.familyName}`,
        granteeName: `${g.grantee.givenName} ${g.grantee.familyName}`,
        subjectIs: g.grantorId === personId ? ("grantor" as const) : ("grantee" as const),
      },
    ]),
  );
}

function toRow(
  e: VisibleEntry,
  viewerId: string | null,
  subjectId: string,
  grants: ReadonlyMap<string, Omit<ProxyGrantEvent, "actorIs"> & { grantorId: string }>,
): AccessLogRow {
  const grant = e.itemType === PROXY_GRANT_ITEM && e.itemId ? grants.get(e.itemId) : undefined;
  const isClinician = e.actorKind === "CLINICIAN" || e.actorKind === "ORG_ADMIN";
  return {
    id: e.id.toString(),
    occurredAt: e.occurredAt,
    actorKind: actorKindOf(e, viewerId, subjectId),
    actorName: e.actorName,
    actorRole: isClinician ? e.actorRole : null,
    actorPlace: isClinician ? placeOf(e.actorUnit, e.actorOrganisation) : null,
    category: e.category,
    action: e.action,
    basis: e.basis,
    emergency: e.basis === "EMERGENCY",
    lookup: e.basis === "LOOKUP" && e.itemType === LOOKUP_ITEM_TYPE,
    itemType: e.itemType,
    proxyGrant: grant
      ? {
          grantorName: grant.grantorName,
          granteeName: grant.granteeName,
          subjectIs: grant.subjectIs,
          actorIs: e.actorPersonId === grant.grantorId ? "grantor" : "grantee",
        }
      : null,
  };
}

function actorKindOf(
  e: VisibleEntry,
  viewerId: string | null,
  subjectId: string,
): AccessLogActorKind {
  if (viewerId !== null && e.actorPersonId === viewerId) return "you";
  if (e.actorKind === "SYSTEM") return "system";
  if (e.actorKind !== "CITIZEN") return "clinician";
  if (e.basis === "PROXY_GRANT") return "proxy";
  if (e.basis === "PARENTAL") return "parent";
  return e.actorPersonId === subjectId ? "subject" : "proxy";
}

/** "Hjemmesykepleien (Fjordvik kommune)"; a unit named like its organisation is said once. */
export function placeOf(unit: string | null, organisation: string | null): string | null {
  if (unit && organisation && unit !== organisation) return `${unit} (${organisation})`;
  return unit ?? organisation;
}

export function encodeCursor(c: { occurredAt: Date; id: bigint }): string {
  return `${c.occurredAt.getTime()}-${c.id.toString()}`;
}

/** Parses a cursor from the URL; anything malformed is ignored (null), never an error page. */
export function decodeCursor(value: string | undefined | null): AccessLogCursor | null {
  const m = /^(\d{1,15})-(\d{1,19})$/.exec(value ?? "");
  if (!m) return null;
  const occurredAt = new Date(Number(m[1]));
  if (Number.isNaN(occurredAt.getTime())) return null;
  return { occurredAt, id: BigInt(m[2]!) };
}
