"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { ROLE_INTENT_COOKIE, TEST_PROVIDER_ID, signIn } from "@/auth";
import { getDb } from "@/lib/db/client";
import { isTestIdentityEnabled } from "@/lib/auth/deployment";
import { requestIsHttps } from "@/lib/auth/request-is-https";
import { postSignInPath } from "@/lib/auth/return-path";
import { formText } from "@/lib/forms/form-text";
import { RATE_LIMITS, consumeRateLimit } from "@/lib/rate-limit/rate-limit";
import { requestRateLimitSubject } from "@/lib/rate-limit/request-subject";
import {
  parseClinicianRole,
  resolveTestIdentity,
  type ClinicianRole,
  type SignInRejection,
  type TestSignInFields,
} from "@/lib/auth/sign-in-identity";

export type TestSignInError =
  SignInRejection | "empty_hpr" | "no_pick" | "unavailable" | "disabled" | "rate_limited";

/** What a test sign-in form shows after a failed attempt: the message and the value typed. */
export type TestSignInState = {
  error: TestSignInError | null;
  value: string;
  attempt: number;
  role?: ClinicianRole;
};

/** Sign-in attempts from one address are limited (per IP: nobody is signed in yet). */
async function signInWithinLimit(): Promise<boolean> {
  return (await consumeRateLimit(getDb(), RATE_LIMITS.signIn, await requestRateLimitSubject(null)))
    .ok;
}

/** Validates first (to give a precise message), then lets Auth.js create the session. */
async function testSignIn(
  prev: TestSignInState,
  fields: TestSignInFields,
  value: string,
  neste: string,
): Promise<TestSignInState> {
  const attempt = prev.attempt + 1;
  if (!isTestIdentityEnabled()) return { error: "disabled", value, attempt };
  if (!(await signInWithinLimit())) return { error: "rate_limited", value, attempt };
  const resolved = await resolveTestIdentity(getDb(), fields);
  if (!resolved.ok) {
    const error =
      resolved.reason === "empty" && "hprNumber" in fields ? "empty_hpr" : resolved.reason;
    return { error, value, attempt };
  }
  const target = postSignInPath(neste, resolved.identity.kind);
  try {
    await signIn(TEST_PROVIDER_ID, { ...fields, redirect: false, redirectTo: target });
  } catch (error) {
    // A failed sign-in must end as a message on the form, never as an error page.
    if (error instanceof AuthError) return { error: "unavailable", value, attempt };
    throw error;
  }
  redirect(target);
}

export async function signInTestCitizenAction(
  prev: TestSignInState,
  formData: FormData,
): Promise<TestSignInState> {
  const nationalId = formText(formData, "nationalId");
  if (formText(formData, "mode") === "pick" && nationalId === "") {
    return { error: "no_pick", value: "", attempt: prev.attempt + 1 };
  }
  return testSignIn(prev, { nationalId }, nationalId, formText(formData, "neste"));
}

export async function signInTestClinicianAction(
  prev: TestSignInState,
  formData: FormData,
): Promise<TestSignInState> {
  const neste = formText(formData, "neste");
  if (formText(formData, "mode") === "pick") {
    const picked = formText(formData, "clinician");
    const [clinicianId = "", role = ""] = picked.split(":");
    if (!clinicianId) return { error: "no_pick", value: "", attempt: prev.attempt + 1 };
    return testSignIn(prev, { clinicianId, role: parseClinicianRole(role) }, picked, neste);
  }
  const hprNumber = formText(formData, "hprNumber");
  const role = parseClinicianRole(formText(formData, "role"));
  return { ...(await testSignIn(prev, { hprNumber, role }, hprNumber, neste)), role };
}

/** "Logg inn med ID-porten": off to ID-porten, back to /api/auth/callback/idporten. */
export async function signInWithIdportenAction(formData: FormData): Promise<void> {
  if (!(await signInWithinLimit())) redirect("/logg-inn?feil=rate_limited");
  const target = postSignInPath(formText(formData, "neste"), "CITIZEN");
  await signIn("idporten", { redirectTo: target }, { ui_locales: await getLocale() });
}

/** "Logg inn med HelseID" (as clinician, or as organisation admin when role=ORG_ADMIN). */
export async function signInWithHelseIdAction(formData: FormData): Promise<void> {
  if (!(await signInWithinLimit())) redirect("/logg-inn?feil=rate_limited");
  const role = parseClinicianRole(formText(formData, "role"));
  // Remembered across the round trip to HelseID; read when the callback maps the user.
  (await cookies()).set(ROLE_INTENT_COOKIE, role, {
    httpOnly: true,
    secure: await requestIsHttps(),
    sameSite: "lax",
    path: "/",
    maxAge: 10 * 60,
  });
  const target = postSignInPath(formText(formData, "neste"), role);
  await signIn("helseid", { redirectTo: target }, { ui_locales: await getLocale() });
}
