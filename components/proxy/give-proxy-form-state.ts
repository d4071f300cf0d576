import type { ProxyLevel } from "@/lib/generated/prisma/enums";

/** The "Gi fullmakt" form's fields; the server action returns them so nothing typed is lost. */
export type GiveProxyValues = {
  nationalId: string;
  familyName: string;
  level: ProxyLevel | "";
  all: boolean;
  categories: string[];
  until: string;
};

export type GiveProxyField =
  "nationalId" | "familyName" | "level" | "categories" | "until" | "form";

/** Keys under proxy.errors in the message files. */
export type GiveProxyErrorKey =
  | "nationalIdFormat"
  | "familyNameMissing"
  | "levelMissing"
  | "untilFormat"
  | "grantor_too_young"
  | "grantor_not_competent"
  | "grantor_protected"
  | "grantee_not_eligible"
  | "grantee_not_eligible_now"
  | "grantee_is_self"
  | "no_categories"
  | "until_in_past"
  | "not_citizen"
  | "rate_limited"
  | "unexpected"
  | "unexpectedChange";

export type GiveProxyState = {
  values: GiveProxyValues;
  errors: Partial<Record<GiveProxyField, GiveProxyErrorKey>>;
  /** Bumped on every answer, so the error summary takes focus again after a resubmit. */
  attempt: number;
};

export const INITIAL_GIVE_PROXY_STATE: GiveProxyState = {
  values: { nationalId: "", familyName: "", level: "", all: false, categories: [], until: "" },
  errors: {},
  attempt: 0,
};

/** Field order for the error summary (the order they appear in the form). */
export const GIVE_PROXY_FIELDS: readonly GiveProxyField[] = [
  "form",
  "nationalId",
  "familyName",
  "level",
  "categories",
  "until",
];

/** The parts of the proxy messages the give/change form uses in the browser (see ClientMessages). */
export const PROXY_FORM_MESSAGES = [
  "proxy.categories",
  "proxy.change",
  "proxy.errors",
  "proxy.form",
  "proxy.levelHints",
  "proxy.levels",
];
