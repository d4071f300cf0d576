import { GRANTABLE_CATEGORIES } from "@/lib/access/categories";
import type { DataCategory } from "@/lib/generated/prisma/enums";
import { PROXY_LEVELS, type GrantTerms } from "@/lib/proxy-grants/grant-rules";
import { endOfOsloDay, osloDateKey } from "@/lib/time/oslo";
import type { GiveProxyValues } from "./give-proxy-form-state";

type Query = Record<string, string | string[] | undefined>;

const all = (value: string | string[] | undefined): string[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/** The form values a grant's current terms give (the change form starts from them). */
export function valuesOf(grant: GrantTerms): GiveProxyValues {
  const everything = GRANTABLE_CATEGORIES.every((c) => grant.categories.includes(c));
  return {
    nationalId: "",
    familyName: "",
    level: grant.level,
    all: everything,
    categories: everything ? [] : [...grant.categories],
    until: grant.validUntil ? osloDateKey(grant.validUntil) : "",
  };
}

/**
 * The terms someone typed in "Gi fullmakt" for a person who already holds a grant, carried to the
 * change page in its query (?fra=gi&niva=…&kategori=…&til=…). Anything unusable gives null: the page
 * then starts from the grant as it is.
 */
export function proposedValues(query: Query): GiveProxyValues | null {
  if (query.fra !== "gi") return null;
  const level = typeof query.niva === "string" ? query.niva : "";
  if (!(PROXY_LEVELS as readonly string[]).includes(level)) return null;
  const allChosen = query.alle === "1";
  const categories = all(query.kategori).filter((c): c is DataCategory =>
    (GRANTABLE_CATEGORIES as readonly string[]).includes(c),
  );
  if (!allChosen && categories.length === 0) return null;
  const until =
    typeof query.til === "string" && /^\d{4}-\d{2}-\d{2}$/.test(query.til) ? query.til : "";
  return {
    nationalId: "",
    familyName: "",
    level: level as GiveProxyValues["level"],
    all: allChosen,
    categories,
    until,
  };
}

/** The terms form values stand for, to compare with the grant (the last day as an Oslo date). */
export function termsOf(values: GiveProxyValues): GrantTerms | null {
  if (!values.level) return null;
  return {
    level: values.level,
    categories: values.all ? GRANTABLE_CATEGORIES : (values.categories as DataCategory[]),
    validUntil: values.until ? endOfOsloDay(values.until) : null,
  };
}
