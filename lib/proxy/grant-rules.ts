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
export function granteeRefusal(grantor: GrantParty, grantee: GrantParty | null, now: Date): GrantRefusal | null {
  if (!grantee) return "grantee_not_eligible";
  if (grantee.id === grantor.id) return "grantee_is_self";
  if (grantee.deathDate || grantee.addressProtection !== "NONE") return "grantee_not_eligible";
  if (ageOn(grantee.birthDate, now) < 18) return "grantee_not_eligible";
  return null;
}

export type GrantStatus = "active" | "scheduled" | "expired" | "ended";

export function grantStatus(
  grant: { validFrom: Date; validUntil: Date | null; endedAt: Date | null },
  grantorDeceased: boolean,
  now: Date,
): GrantStatus {
  if (grant.endedAt || grantorDeceased) return "ended";
  if (grant.validUntil && grant.validUntil < now) return "expired";
  if (grant.validFrom > now) return "scheduled";
  return "active";
}

export function normaliseCategories(categories: readonly DataCategory[]): DataCategory[] {
  return GRANTABLE_CATEGORIES.filter((c) => categories.includes(c));
}

export const PROXY_LEVELS: readonly ProxyLevel[] = ["READ", "READ_AND_MESSAGE", "READ_AND_ACT"];
