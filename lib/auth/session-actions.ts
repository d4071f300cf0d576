"use server";

import { signOut } from "@/auth";
import { getDb } from "@/lib/db/client";
import { secondsUntil } from "./idle";
import { getSessionIdFromCookie, peekSessionSecondsLeft } from "./session";
import { endAllSessionsOfUser, endUserSession, touchSession } from "./session-store";

// Plain-form server actions for signing out, and the two calls the idle warning makes.

/** "Logg ut": ends this session in the database and clears the cookie. */
export async function signOutAction(): Promise<void> {
  const sid = await getSessionIdFromCookie();
  if (sid) await endUserSession(getDb(), sid);
  await signOut({ redirectTo: "/logg-inn?utlogget=1" });
}

/** "Logg ut på alle enheter": ends every open session of this person, then this one's cookie. */
export async function signOutEverywhereAction(): Promise<void> {
  const sid = await getSessionIdFromCookie();
  if (sid) await endAllSessionsOfUser(getDb(), sid);
  await signOut({ redirectTo: "/logg-inn?utlogget=alle" });
}

/** "Fortsett innlogget": counts as activity. Returns the seconds left, or null if already over. */
export async function keepSessionAliveAction(): Promise<{ secondsLeft: number } | null> {
  const sid = await getSessionIdFromCookie();
  if (!sid) return null;
  const now = new Date();
  const expiresAt = await touchSession(getDb(), sid, now);
  return expiresAt ? { secondsLeft: secondsUntil(expiresAt, now) } : null;
}

/**
 * How long the session has left, without counting as activity: the idle warning asks before it
 * shows, because the user may have been active in another tab.
 */
export async function sessionSecondsLeftAction(): Promise<{ secondsLeft: number } | null> {
  const secondsLeft = await peekSessionSecondsLeft();
  return secondsLeft === null ? null : { secondsLeft };
}
