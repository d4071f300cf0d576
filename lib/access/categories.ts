import type { AccessAction, DataCategory, ProxyLevel } from "@/lib/generated/prisma/enums";

export const DATA_CATEGORIES = [
  "APPOINTMENTS",
  "MESSAGES",
  "LAB_RESULTS",
  "MEDICATIONS",
  "DIAGNOSES",
  "ALLERGIES",
  "VACCINES",
  "NOTES",
  "DOCUMENTS",
  "ACCESS_LOG",
  "PROFILE",
  "FORMAL_REQUESTS",
] as const satisfies readonly DataCategory[];

/**
 * Categories a proxy grant can cover: the access log and profile stay the person's own. Formal
 * requests (innsyn, retting, sletting) can be granted like any other category: filing needs "see
 * and act" (docs/decisions/0007-formal-requests.md).
 */
export const GRANTABLE_CATEGORIES = DATA_CATEGORIES.filter(
  (c) => c !== "ACCESS_LOG" && c !== "PROFILE",
) as readonly DataCategory[];

/**
 * What a parent may see for a child aged 12–15: practical things, not content the young person
 * may keep confidential (messages, notes, results). Single items can still be hidden from guardians.
 */
export const PARENTAL_LIMITED_CATEGORIES: readonly DataCategory[] = ["APPOINTMENTS", "VACCINES"];

/** Clinicians read and write the record in care; a patient's own access log is not theirs to read. */
export const CLINICIAN_CATEGORIES: readonly DataCategory[] = DATA_CATEGORIES.filter(
  (c) => c !== "ACCESS_LOG",
);

/** Which proxy level an action in a category needs: reading needs any, writing a message needs the
 * messaging level, anything else that changes data needs "see and act". */
export function requiredProxyLevel(category: DataCategory, action: AccessAction): ProxyLevel {
  if (action === "READ") return "READ";
  if (category === "MESSAGES") return "READ_AND_MESSAGE";
  return "READ_AND_ACT";
}

const LEVEL_RANK: Record<ProxyLevel, number> = { READ: 0, READ_AND_MESSAGE: 1, READ_AND_ACT: 2 };

export function levelCovers(granted: ProxyLevel, needed: ProxyLevel): boolean {
  if (needed === "READ_AND_MESSAGE")
    return granted === "READ_AND_MESSAGE" || granted === "READ_AND_ACT";
  return LEVEL_RANK[granted] >= LEVEL_RANK[needed];
}
