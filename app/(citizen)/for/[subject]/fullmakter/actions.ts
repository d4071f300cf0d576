"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { GRANTABLE_CATEGORIES } from "@/lib/access/categories";
import {
  formAction,
  plainFormAction,
  unexpectedFormError,
  type FieldIssues,
} from "@/app/_lib/form-action";
import type { DataCategory } from "@/lib/generated/prisma/enums";
import { isNotFound } from "@/lib/access/errors";
import { changeProxyGrant } from "@/lib/proxy-grants/change-grant";
import { createProxyGrant, type CreateGrantResult } from "@/lib/proxy-grants/create-grant";
import { endProxyGrant } from "@/lib/proxy-grants/end-grant";
import { RATE_LIMITS, consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { requestRateLimitSubject } from "@/lib/rate-limit/request-subject";
import { PROXY_LEVELS } from "@/lib/proxy-grants/grant-rules";
import { endOfOsloDay } from "@/lib/time/oslo";
import type {
  GiveProxyErrorKey,
  GiveProxyField,
  GiveProxyState,
  GiveProxyValues,
} from "@/components/proxy/give-proxy-form-state";
import { osloDaySchema } from "@/lib/forms/oslo-day";

const PROXIES_PATH = "/for/meg/fullmakter";

// A last day for a grant: never before 2000 (a typo, not a date anyone means).
const osloDay = osloDaySchema({ fromYear: 2000 });

// Each field carries the message key shown when it fails.
const giveProxySchema = z.object({
  nationalId: z.string().regex(/^\d{11}$/, "nationalIdFormat"),
  familyName: z.string().trim().min(1, "familyNameMissing").max(100, "familyNameMissing"),
  level: z.enum(PROXY_LEVELS as [string, ...string[]], "levelMissing"),
  until: z.union([z.literal(""), osloDay], "untilFormat"),
});

function text(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

function readValues(formData: FormData): GiveProxyValues {
  const level = text(formData, "level");
  return {
    // People type spaces or dots in long numbers; they are not part of it.
    nationalId: text(formData, "nationalId").replace(/[\s.]/g, "").slice(0, 20),
    familyName: text(formData, "familyName").slice(0, 100),
    level: (PROXY_LEVELS as readonly string[]).includes(level)
      ? (level as GiveProxyValues["level"])
      : "",
    all: formData.get("all") === "on",
    categories: formData
      .getAll("categories")
      .filter(
        (c): c is string =>
          typeof c === "string" && (GRANTABLE_CATEGORIES as readonly string[]).includes(c),
      ),
    until: text(formData, "until").trim().slice(0, 10),
  };
}

type Errors = Partial<Record<GiveProxyField, GiveProxyErrorKey>>;

/** Each failing field's message key (the schema carries them), plus "choose at least one category". */
function fieldErrors(issues: FieldIssues, values: GiveProxyValues): Errors {
  const errors: Errors = {};
  for (const [field, issue] of Object.entries(issues))
    if (issue) errors[field as GiveProxyField] = issue.message as GiveProxyErrorKey;
  if (categoriesOf(values).length === 0) errors.categories = "no_categories";
  return errors;
}

const categoriesOf = (values: GiveProxyValues): DataCategory[] =>
  values.all ? [...GRANTABLE_CATEGORIES] : (values.categories as DataCategory[]);

/**
 * "Gi fullmakt". Validates on the server (zod), then lets the proxy domain decide; every refusal
 * comes back as a message key with the typed values, never as an error page.
 */
export const giveProxyAction = formAction({
  name: "giveProxyAction",
  actor: "CITIZEN",
  schema: giveProxySchema,
  read: readValues,
  async work({ actor, input, db, raw }): Promise<{ errors: Errors } | { redirect: string }> {
    const categories = categoriesOf(raw);
    if (categories.length === 0) return { errors: { categories: "no_categories" } };
    // The grant looks a person up by national id and surname: limited, so it cannot be used to probe.
    const limit = await consumeRateLimit(
      db,
      RATE_LIMITS.proxyLookup,
      await requestRateLimitSubject(actor.sessionId),
    );
    if (!limit.ok) return { errors: { form: "rate_limited" } };
    const result: CreateGrantResult = await createProxyGrant(db, actor, {
      granteeNationalId: input.nationalId,
      granteeFamilyName: input.familyName,
      level: raw.level as Exclude<GiveProxyValues["level"], "">,
      categories,
      validUntil: input.until ? endOfOsloDay(input.until) : null,
    });
    // One grant per person: what was typed becomes a proposed change of the one they hold.
    if (!result.ok && result.reason === "grantee_has_grant")
      return { redirect: changeHref(result.grantId, raw, categories) };
    if (!result.ok) return { errors: { [fieldFor(result.reason)]: result.reason } };
    return { redirect: `${PROXIES_PATH}?gitt=${result.grantId}` };
  },
  answer(outcome, { raw, previous }): GiveProxyState {
    const answer = (errors: GiveProxyState["errors"]): GiveProxyState => ({
      values: raw,
      errors,
      attempt: previous.attempt + 1,
    });
    switch (outcome.kind) {
      case "invalid":
        return answer(fieldErrors(outcome.issues, raw));
      case "unexpected":
        return answer({ form: "unexpected" });
      case "done":
        if ("redirect" in outcome.value) redirect(outcome.value.redirect);
        return answer(outcome.value.errors);
    }
  },
});

/** The change page for a grant, carrying the proposed terms (read back by proposedValues()). */
function changeHref(
  grantId: string,
  values: GiveProxyValues,
  categories: readonly DataCategory[],
): string {
  const query = new URLSearchParams({ fra: "gi", niva: values.level });
  if (values.all) query.set("alle", "1");
  else for (const c of categories) query.append("kategori", c);
  if (values.until) query.set("til", values.until);
  return `${PROXIES_PATH}/${grantId}/endre?${query}`;
}

const changeProxySchema = giveProxySchema
  .pick({ level: true, until: true })
  .extend({ grantId: z.uuid() });

/**
 * "Endre fullmakt": the grantor changes level, categories or last day. The grant is edited (its old
 * version kept), never duplicated. A grant that is not theirs or has ended goes back to the list with
 * a notice, as "Avslutt" does; refusals come back as messages with the typed values.
 */
export const changeProxyAction = formAction({
  name: "changeProxyAction",
  actor: "CITIZEN",
  schema: changeProxySchema,
  read: (formData) => ({ ...readValues(formData), grantId: text(formData, "grantId") }),
  async work({ actor, input, db, raw }): Promise<{ errors: Errors } | { redirect: string }> {
    const categories = categoriesOf(raw);
    if (categories.length === 0) return { errors: { categories: "no_categories" } };
    try {
      const result = await changeProxyGrant(db, actor, {
        grantId: input.grantId,
        level: raw.level as Exclude<GiveProxyValues["level"], "">,
        categories,
        validUntil: input.until ? endOfOsloDay(input.until) : null,
      });
      // The form has no person fields: a grantee who may no longer hold a grant is said in the summary.
      if (!result.ok && result.reason === "grantee_not_eligible")
        return { errors: { form: "grantee_not_eligible_now" } };
      if (!result.ok) return { errors: { [fieldFor(result.reason)]: result.reason } };
      const changed = Object.keys(result.changes).length > 0;
      return { redirect: `${PROXIES_PATH}?${changed ? "endret" : "uendret"}=${input.grantId}` };
    } catch (error) {
      // Not theirs, or ended meanwhile: back to the list with a notice, as "Avslutt" does.
      if (isNotFound(error)) return { redirect: NOT_CHANGED_PATH };
      throw error;
    }
  },
  answer(outcome, { raw, previous }): GiveProxyState {
    const { grantId: _grantId, ...values } = raw;
    const answer = (errors: GiveProxyState["errors"]): GiveProxyState => ({
      values,
      errors,
      attempt: previous.attempt + 1,
    });
    switch (outcome.kind) {
      case "invalid":
        // The grant id is a hidden field: a bad one changes nothing.
        if (outcome.issues.grantId) redirect(NOT_CHANGED_PATH);
        return answer(fieldErrors(outcome.issues, values));
      case "unexpected":
        return answer({ form: "unexpectedChange" });
      case "done":
        if ("redirect" in outcome.value) redirect(outcome.value.redirect);
        return answer(outcome.value.errors);
    }
  },
});

const NOT_CHANGED_PATH = `${PROXIES_PATH}?ikke-endret=1`;

function fieldFor(reason: GiveProxyErrorKey): GiveProxyField {
  switch (reason) {
    case "grantee_not_eligible":
    case "grantee_is_self":
      return "nationalId";
    case "no_categories":
      return "categories";
    case "until_in_past":
      return "until";
    default:
      return "form";
  }
}

const endSchema = z.object({ grantId: z.uuid() });

/** "Avslutt": either side ends a grant, at once. Unknown or already ended grants change nothing. */
export const endProxyAction = plainFormAction({
  name: "endProxyAction",
  actor: "CITIZEN",
  schema: endSchema,
  read: (formData) => ({ grantId: text(formData, "grantId") }),
  work: ({ actor, input, db }) => endProxyGrant(db, actor, input.grantId),
  answer(outcome) {
    if (outcome.kind === "unexpected") unexpectedFormError(outcome.errorId);
    const ended = outcome.kind === "done" && outcome.value;
    return ended ? `${PROXIES_PATH}?avsluttet=1` : `${PROXIES_PATH}?ikke-avsluttet=1`;
  },
});
