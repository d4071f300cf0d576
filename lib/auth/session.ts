import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { currentPath } from "./current-path";
import { secondsUntil } from "./idle";
import { readSessionId } from "./session-cookie";
import { lookUpSession, type SessionLookup } from "./session-store";
import type { SessionKind, SignedInSession } from "./session-types";

export type { SessionKind, SignedInSession } from "./session-types";

/** The current request's session id from the Auth.js cookie (decrypted once per request). */
export const getSessionIdFromCookie = cache(async (): Promise<string | null> => {
  return readSessionId((await headers()).get("cookie"));
});

/** One database lookup per request: applies the idle rule and touches lastSeenAt (once a minute). */
const lookUpCurrentSession = cache(async (): Promise<SessionLookup> => {
  const sid = await getSessionIdFromCookie();
  if (!sid) return { status: "none" };
  return lookUpSession(getDb(), sid, new Date(), { touch: true });
});

/** Who is signed in, or null (no cookie, unknown, ended or idle-expired session). */
export const getSignedInSession = cache(async (): Promise<SignedInSession | null> => {
  const found = await lookUpCurrentSession();
  return found.status === "active" ? found.session : null;
});

/** True when this request carried a session that has just run out (for "you were signed out"). */
export const wasSessionExpired = cache(async (): Promise<boolean> => {
  return (await lookUpCurrentSession()).status === "expired";
});

function signInPath(params: Record<string, string>): string {
  const query = new URLSearchParams(params).toString();
  return query ? `/logg-inn?${query}` : "/logg-inn";
}

/**
 * For pages and server actions: the signed-in session, of the given kind if one is given.
 * Without one it redirects to /logg-inn (with ?utlopt=1 after an idle timeout, and ?neste= so the
 * user comes back here); a user of another kind is sent to /logg-inn?feil=rolle.
 */
export async function requireSignedIn(kind?: SessionKind): Promise<SignedInSession> {
  const found = await lookUpCurrentSession();
  if (found.status === "active") {
    if (kind && found.session.kind !== kind) redirect(signInPath({ feil: "rolle" }));
    return found.session;
  }
  const params: Record<string, string> = {};
  if (found.status === "expired") params.utlopt = "1";
  const here = await currentPath();
  if (here && !here.startsWith("/logg-inn")) params.neste = here;
  redirect(signInPath(params));
}

/** Seconds left of the current session without counting this request as activity; null if none. */
export async function peekSessionSecondsLeft(): Promise<number | null> {
  const sid = await getSessionIdFromCookie();
  if (!sid) return null;
  const now = new Date();
  const found = await lookUpSession(getDb(), sid, now, { touch: false });
  return found.status === "active" ? secondsUntil(found.session.expiresAt, now) : null;
}
