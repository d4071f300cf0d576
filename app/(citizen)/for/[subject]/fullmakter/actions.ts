"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { GRANTABLE_CATEGORIES } from "@/lib/access/categories";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import type { DataCategory } from "@/lib/generated/prisma/enums";
import { createProxyGrant } from "@/lib/proxy/create-grant";
import { endProxyGrant } from "@/lib/proxy/end-grant";
import { logError } from "@/lib/log/log-error";
import { RATE_LIMITS, consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { requestRateLimitSubject } from "@/lib/rate-limit/request-subject";
import { PROXY_LEVELS } from "@/lib/proxy/grant-rules";
import { addOsloDays, osloDateKey, startOfOsloDay } from "@/lib/time/oslo";
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

/** The last moment of an Oslo calendar day: a grant "til og med 31.12" holds all of that day. */
function endOfOsloDay(day: string): Date {
  return new Date(startOfOsloDay(addOsloDays(day, 1)).getTime() - 1);
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

  let grantId: string;
  try {
    const result = await createProxyGrant(getDb(), actor, {
      granteeNationalId: parsed.data.nationalId,
      granteeFamilyName: parsed.data.familyName,
      level: values.level as Exclude<GiveProxyValues["level"], "">,
      categories,
      validUntil: parsed.data.until ? endOfOsloDay(parsed.data.until) : null,
    });
    if (!result.ok) return answer({ [fieldFor(result.reason)]: result.reason });
    grantId = result.grantId;
  } catch (error) {
    logError("giveProxyAction", error);
    return answer({ form: "unexpected" });
  }
  redirect(`${PROXIES_PATH}?gitt=${grantId}`);
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
