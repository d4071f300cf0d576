/** Idle timeout rules for signed-in sessions; plain functions of time so they are testable. */

/** A session ends after 30 minutes without a request. */
export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
/** lastSeenAt is written at most once a minute, so browsing costs at most one write a minute. */
export const TOUCH_INTERVAL_MS = 60 * 1000;
/** The idle warning shows this long before expiry (WCAG 2.2.1 asks for at least 20 seconds). */
export const IDLE_WARNING_MS = 2 * 60 * 1000;

/** However active, a sign-in lasts at most 12 hours; then the user signs in again. */
export const ABSOLUTE_SESSION_MS = 12 * 60 * 60 * 1000;

export type SessionTimes = { createdAt: Date; lastSeenAt: Date; endedAt: Date | null };

export type SessionEvaluation =
  | { status: "active"; expiresAt: Date; shouldTouch: boolean }
  | { status: "expired"; expiredAt: Date }
  | { status: "ended" };

export function idleExpiresAt(lastSeenAt: Date): Date {
  return new Date(lastSeenAt.getTime() + IDLE_TIMEOUT_MS);
}

/** Expired at the exact moment of expiry, not a millisecond later. */
export function isIdleExpired(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() >= idleExpiresAt(lastSeenAt).getTime();
}

export function shouldTouch(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= TOUCH_INTERVAL_MS;
}

export function absoluteExpiresAt(createdAt: Date): Date {
  return new Date(createdAt.getTime() + ABSOLUTE_SESSION_MS);
}

/** The session's end if nothing more happens: idle expiry, or the 12-hour cap if that comes first. */
export function sessionExpiresAt(session: Pick<SessionTimes, "createdAt">, lastSeenAt: Date): Date {
  const idle = idleExpiresAt(lastSeenAt);
  const absolute = absoluteExpiresAt(session.createdAt);
  return idle < absolute ? idle : absolute;
}

/** What a request at `now` means for a stored session. */
export function evaluateSession(session: SessionTimes, now: Date): SessionEvaluation {
  if (session.endedAt) return { status: "ended" };
  const expiresAt = sessionExpiresAt(session, session.lastSeenAt);
  if (now.getTime() >= expiresAt.getTime()) return { status: "expired", expiredAt: expiresAt };
  return { status: "active", expiresAt, shouldTouch: shouldTouch(session.lastSeenAt, now) };
}

/** Whole seconds left before expiry (0 when already expired). */
export function secondsUntil(expiresAt: Date, now: Date): number {
  return Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
}
