import type { AddressProtection, DataCategory, ProxyLevel } from "@/lib/generated/prisma/enums";
import { GRANTABLE_CATEGORIES } from "@/lib/access/categories";
import { ageOn } from "@/lib/time/oslo";

export type GrantParty = {
  id: string;
  birthDate: Date;
  deathDate: Date | null;
  addressProtection: AddressProtection;
  consentCompetent: boolean;
};

export type GrantRefusal =
  | "grantor_too_young"
  | "grantor_not_competent"
  | "grantor_protected"
  | "grantee_not_eligible"
  | "grantee_is_self";

/** Who may give a proxy: 16 or older with consent competence, no confidential address. */
export function grantorRefusal(grantor: GrantParty, now: Date): GrantRefusal | null {
  if (ageOn(grantor.birthDate, now) < 16) return "grantor_too_young";
  if (!grantor.consentCompetent) return "grantor_not_competent";
  if (grantor.addressProtection !== "NONE") return "grantor_protected";
  return null;
}

/**
 * Who may receive one: a living adult (18+) without a confidential address. The reasons are folded
 * into one answer so that a grantor cannot probe someone's protection status or death.
 */
export function granteeRefusal(
  grantor: GrantParty,
  grantee: GrantParty | null,
  now: Date,
): GrantRefusal | null {
  if (!grantee) return "grantee_not_eligible";
  if (grantee.id === grantor.id) return "grantee_is_self";
  if (grantee.deathDate || grantee.addressProtection !== "NONE") return "grantee_not_eligible";
  if (ageOn(grantee.birthDate, now) < 18) return "grantee_not_eligible";
  return null;
}

/** "on_hold": in force, but it cannot be used now (see proxyUsable: e.g. the grantor lost consent competence). */
export type GrantStatus = "active" | "on_hold" | "scheduled" | "expired" | "ended";

export function grantStatus(
  grant: { validFrom: Date; validUntil: Date | null; endedAt: Date | null },
  grantorDeceased: boolean,
  now: Date,
  usable = true,
): GrantStatus {
  if (grant.endedAt || grantorDeceased) return "ended";
  if (grant.validUntil && grant.validUntil < now) return "expired";
  if (grant.validFrom > now) return "scheduled";
  return usable ? "active" : "on_hold";
}

/** A grant's terms: what a change can change. */
export type GrantTerms = {
  level: ProxyLevel;
  categories: readonly DataCategory[];
  validUntil: Date | null;
};

/** What differs between two versions of a grant; empty when nothing does. */
export type GrantChanges = {
  level?: { from: ProxyLevel; to: ProxyLevel };
  categories?: { added: DataCategory[]; removed: DataCategory[] };
  validUntil?: { from: Date | null; to: Date | null };
};

export function grantChanges(before: GrantTerms, after: GrantTerms): GrantChanges {
  const changes: GrantChanges = {};
  if (before.level !== after.level) changes.level = { from: before.level, to: after.level };
  const added = normaliseCategories(after.categories).filter((c) => !before.categories.includes(c));
  const removed = normaliseCategories(before.categories).filter(
    (c) => !after.categories.includes(c),
  );
  if (added.length > 0 || removed.length > 0) changes.categories = { added, removed };
  if ((before.validUntil?.getTime() ?? null) !== (after.validUntil?.getTime() ?? null)) {
    changes.validUntil = { from: before.validUntil, to: after.validUntil };
  }
  return changes;
}

export function hasChanges(changes: GrantChanges): boolean {
  return Object.keys(changes).length > 0;
}

/**
 * A refusal decided inside the gate's transaction. Thrown so that the transaction rolls back and
 * nothing (no grant, no log entry) is written; the use case turns it back into a result.
 */
export class GrantRefusedError extends Error {
  constructor(
    readonly reason: GrantRefusal | "grantee_has_grant",
    readonly grantId?: string,
  ) {
    super(reason);
    this.name = "GrantRefusedError";
  }
}

export function normaliseCategories(categories: readonly DataCategory[]): DataCategory[] {
  return GRANTABLE_CATEGORIES.filter((c) => categories.includes(c));
}

export const PROXY_LEVELS: readonly ProxyLevel[] = ["READ", "READ_AND_MESSAGE", "READ_AND_ACT"];
