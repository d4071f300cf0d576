"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { GRANTABLE_CATEGORIES } from "@/lib/access/categories";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import type { DataCategory } from "@/lib/generated/prisma/enums";
import { isNotFound } from "@/lib/access/errors";
import { changeProxyGrant } from "@/lib/proxy/change-grant";
import { createProxyGrant, type CreateGrantResult } from "@/lib/proxy/create-grant";
import { endProxyGrant } from "@/lib/proxy/end-grant";
import { logError } from "@/lib/log/log-error";
import { RATE_LIMITS, consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { requestRateLimitSubject } from "@/lib/rate-limit/request-subject";
import { PROXY_LEVELS } from "@/lib/proxy/grant-rules";
import { endOfOsloDay, osloDateKey, startOfOsloDay } from "@/lib/time/oslo";
import type {
  GiveProxyErrorKey,
  GiveProxyField,
  GiveProxyState,
  GiveProxyValues,
} from "@/components/proxy/give-proxy-form-state";

const PROXIES_PATH = "/for/meg/fullmakter";

const osloDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const year = Number(s.slice(0, 4));
    return year >= 2000 && year <= 2200 && osloDateKey(startOfOsloDay(s)) === s;
  });

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
    level: (PROXY_LEVELS as readonly string[]).includes(level) ? (level as GiveProxyValues["level"]) : "",
    all: formData.get("all") === "on",
    categories: formData
      .getAll("categories")
      .filter((c): c is string => typeof c === "string" && (GRANTABLE_CATEGORIES as readonly string[]).includes(c)),
    until: text(formData, "until").trim().slice(0, 10),
  };
}

/**
 * "Gi fullmakt". Validates on the server (zod), then lets the proxy domain decide; every refusal
 * comes back as a message key with the typed values, never as an error page.
 */
export async function giveProxyAction(previous: GiveProxyState, formData: FormData): Promise<GiveProxyState> {
  const actor = await requireActor("CITIZEN");
  const values = readValues(formData);
  const answer = (errors: GiveProxyState["errors"]): GiveProxyState => ({
    values,
    errors,
    attempt: previous.attempt + 1,
  });

  const parsed = giveProxySchema.safeParse(values);
  const errors: Partial<Record<GiveProxyField, GiveProxyErrorKey>> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0] as GiveProxyField;
      errors[field] ??= issue.message as GiveProxyErrorKey;
    }
  }
  const categories: DataCategory[] = values.all ? [...GRANTABLE_CATEGORIES] : (values.categories as DataCategory[]);
  if (categories.length === 0) errors.categories = "no_categories";
  if (!parsed.success || Object.keys(errors).length > 0) return answer(errors);

  // The grant looks a person up by national id and surname: limited, so it cannot be used to probe.
  if (!(await consumeRateLimit(getDb(), RATE_LIMITS.proxyLookup, await requestRateLimitSubject(actor.sessionId))).ok) return answer({ form: "rate_limited" });

  let result: CreateGrantResult;
  try {
    result = await createProxyGrant(getDb(), actor, {
      granteeNationalId: parsed.data.nationalId,
      granteeFamilyName: parsed.data.familyName,
      level: values.level as Exclude<GiveProxyValues["level"], "">,
      categories,
      validUntil: parsed.data.until ? endOfOsloDay(parsed.data.until) : null,
    });
  } catch (error) {
    logError("giveProxyAction", error);
    return answer({ form: "unexpected" });
  }
  // One grant per person: what was typed becomes a proposed change of the one they hold.
  if (!result.ok && result.reason === "grantee_has_grant") redirect(changeHref(result.grantId, values, categories));
  if (!result.ok) return answer({ [fieldFor(result.reason)]: result.reason });
  redirect(`${PROXIES_PATH}?gitt=${result.grantId}`);
}

/** The change page for a grant, carrying the proposed terms (read back by proposedValues()). */
function changeHref(grantId: string, values: GiveProxyValues, categories: readonly DataCategory[]): string {
  const query = new URLSearchParams({ fra: "gi", niva: values.level });
  if (values.all) query.set("alle", "1");
  else for (const c of categories) query.append("kategori", c);
  if (values.until) query.set("til", values.until);
  return `${PROXIES_PATH}/${grantId}/endre?${query}`;
}

const changeProxySchema = giveProxySchema.pick({ level: true, until: true }).extend({ grantId: z.uuid() });

/**
 * "Endre fullmakt": the grantor changes level, categories or last day. The grant is edited (its old
 * version kept), never duplicated. A grant that is not theirs or has ended goes back to the list with
 * a notice, as "Avslutt" does; refusals come back as messages with the typed values.
 */
export async function changeProxyAction(previous: GiveProxyState, formData: FormData): Promise<GiveProxyState> {
  const actor = await requireActor("CITIZEN");
  const values = readValues(formData);
  const answer = (errors: GiveProxyState["errors"]): GiveProxyState => ({ values, errors, attempt: previous.attempt + 1 });

  const parsed = changeProxySchema.safeParse({ ...values, grantId: text(formData, "grantId") });
  const errors: Partial<Record<GiveProxyField, GiveProxyErrorKey>> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if (field === "grantId") redirect(`${PROXIES_PATH}?ikke-endret=1`);
      errors[field as GiveProxyField] ??= issue.message as GiveProxyErrorKey;
    }
  }
  const categories: DataCategory[] = values.all ? [...GRANTABLE_CATEGORIES] : (values.categories as DataCategory[]);
  if (categories.length === 0) errors.categories = "no_categories";
  if (!parsed.success || Object.keys(errors).length > 0) return answer(errors);

  let changed: boolean;
  try {
    const result = await changeProxyGrant(getDb(), actor, {
      grantId: parsed.data.grantId,
      level: values.level as Exclude<GiveProxyValues["level"], "">,
      categories,
      validUntil: parsed.data.until ? endOfOsloDay(parsed.data.until) : null,
    });
    // The form has no person fields: a grantee who may no longer hold a grant is said in the summary.
    if (!result.ok && result.reason === "grantee_not_eligible") return answer({ form: "grantee_not_eligible_now" });
    if (!result.ok) return answer({ [fieldFor(result.reason)]: result.reason });
    changed = Object.keys(result.changes).length > 0;
  } catch (error) {
    if (isNotFound(error)) redirect(`${PROXIES_PATH}?ikke-endret=1`);
    logError("changeProxyAction", error);
    return answer({ form: "unexpectedChange" });
  }
  redirect(`${PROXIES_PATH}?${changed ? "endret" : "uendret"}=${parsed.data.grantId}`);
}

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
export async function endProxyAction(formData: FormData): Promise<void> {
  const actor = await requireActor("CITIZEN");
  const parsed = endSchema.safeParse({ grantId: text(formData, "grantId") });
  const ended = parsed.success ? await endProxyGrant(getDb(), actor, parsed.data.grantId) : false;
  redirect(ended ? `${PROXIES_PATH}?avsluttet=1` : `${PROXIES_PATH}?ikke-avsluttet=1`);
}
