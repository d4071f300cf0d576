// Server-side sign-in for specs that are not about signing in: the UserSession row is written
// straight into the e2e server's database and the browser gets the same signed cookie the app's own
// sign-in would set. No route is involved, so nothing here exists in a deployed app: it needs the
// database itself and the signing secret (AUTH_SECRET, or the development secret with-db keeps in
// .data/auth-secret, which a production deployment never has).
import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext } from "@playwright/test";
import { ABSOLUTE_SESSION_MS } from "@/lib/auth/idle";
import { SESSION_COOKIE } from "@/lib/auth/session-cookie-names";
import { createUserSession } from "@/lib/auth/session-store";
import { encodeSessionToken } from "@/lib/auth/session-token";
import {
  resolveCitizenByNationalId,
  resolveClinician,
  type ClinicianRole,
} from "@/lib/auth/sign-in-identity";
import { withE2eDb } from "./db";

function signingSecret(): string {
  const given = process.env.AUTH_SECRET?.trim();
  if (given) return given;
  try {
    return readFileSync(path.join(process.cwd(), ".data", "auth-secret"), "utf8").trim();
  } catch {
    throw new Error(
      "no AUTH_SECRET and no .data/auth-secret: the e2e server (scripts/with-db.ts) makes it",
    );
  }
}

function e2eBaseUrl(): string {
  return `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 3100)}`;
}

async function setSessionCookie(context: BrowserContext, sid: string): Promise<void> {
  const value = encodeSessionToken({
    token: { sid },
    secret: signingSecret(),
    salt: SESSION_COOKIE,
    maxAge: ABSOLUTE_SESSION_MS / 1000,
  });
  // A browser holds one session: a cookie from an earlier sign-in is simply replaced.
  await context.addCookies([
    { name: SESSION_COOKIE, value, url: e2eBaseUrl(), httpOnly: true, sameSite: "Lax" },
  ]);
}

/** Gives the context a citizen session for the demo person with this synthetic fødselsnummer. */
export async function createCitizenSession(
  context: BrowserContext,
  nationalId: string,
): Promise<void> {
  const sid = await withE2eDb(async (db) => {
    const resolved = await resolveCitizenByNationalId(
      db,
      nationalId,
      "TEST_IDENTITY",
      process.env,
      { syntheticOnly: true },
    );
    if (!resolved.ok) throw new Error(`no citizen session for ${nationalId}: ${resolved.reason}`);
    return createUserSession(db, resolved.identity);
  });
  await setSessionCookie(context, sid);
}

/**
 * Gives the context a clinician (or organisation admin) session for the seeded clinician with this
 * name; the first one by the same rules as the test sign-in list when names repeat.
 */
export async function createClinicianSession(
  context: BrowserContext,
  name: string,
  role: ClinicianRole = "CLINICIAN",
): Promise<void> {
  const sid = await withE2eDb(async (db) => {
    const candidates = await db.clinician.findMany({
      select: { id: true, givenName: true, familyName: true },
      orderBy: { id: "asc" },
    });
    for (const c of candidates.filter((c) => `${c.givenName} ${c.familyName}` === name)) {
      const resolved = await resolveClinician(db, { clinicianId: c.id }, role, "TEST_IDENTITY", {
        requireSynthetic: true,
      });
      if (resolved.ok) return createUserSession(db, resolved.identity);
    }
    throw new Error(`no ${role} session for "${name}"`);
  });
  await setSessionCookie(context, sid);
}
