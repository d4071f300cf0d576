import type { DbOrTx } from "@/lib/db/client";

/**
 * Fixed-window rate limits kept in PostgreSQL, so they hold across app instances. Each attempt is
 * one atomic upsert per key (INSERT … ON CONFLICT DO UPDATE SET count = count + 1 RETURNING count):
 * the database counts, so simultaneous attempts can never both see "one left".
 */

export type RateLimitRule = {
  /** Which action is limited; part of the counter's key. */
  scope: string;
  windowSeconds: number;
  /** Attempts allowed per window for one session (signed-in actions). */
  perSession: number;
  /** Attempts allowed per window from one IP address (many users may share one). */
  perIp: number;
};

export const RATE_LIMITS = {
  /**
   * Test sign-in and the start of an ID-porten/HelseID sign-in, before anyone is signed in: per IP
   * only, sized for a hospital or school behind one address.
   */
  signIn: { scope: "sign_in", windowSeconds: 5 * 60, perSession: 0, perIp: 300 },
  /** Finn pasient: a clinician looks up a person by national identity number. */
  findPatient: { scope: "find_patient", windowSeconds: 10 * 60, perSession: 40, perIp: 200 },
  /** Giving a proxy looks up the grantee by national identity number and surname. */
  proxyLookup: { scope: "proxy_lookup", windowSeconds: 60 * 60, perSession: 10, perIp: 50 },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitSubject = { sessionId?: string | null; ip?: string | null };

export type RateLimitResult = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Counts this attempt for each of the subject's keys and says whether it is within the rule. */
export async function consumeRateLimit(
  db: DbOrTx,
  rule: RateLimitRule,
  subject: RateLimitSubject,
  now = new Date(),
): Promise<RateLimitResult> {
  const limits = new Map<string, number>();
  if (subject.sessionId && rule.perSession > 0)
    limits.set(`session:${subject.sessionId}`, rule.perSession);
  if (subject.ip && rule.perIp > 0) limits.set(`ip:${subject.ip}`, rule.perIp);
  if (limits.size === 0) return { ok: true };

  const keys = [...limits.keys()];
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const rows = await db.$queryRaw<{ key: string; count: number }[]>`
    INSERT INTO rate_limit_counter (scope, key, window_start, count)
    SELECT ${rule.scope}, k, ${windowStart}, 1 FROM unnest(${keys}::text[]) AS k
    ON CONFLICT (scope, key, window_start) DO UPDATE SET count = rate_limit_counter.count + 1
    RETURNING key, count`;

  // A key's first attempt in a new window: clear its old windows (keeps the table small).
  if (rows.some((r) => r.count === 1)) {
    await db.$executeRaw`
      DELETE FROM rate_limit_counter
       WHERE scope = ${rule.scope} AND key = ANY(${keys}::text[]) AND window_start < ${windowStart}`;
  }

  const over = rows.some((r) => r.count > (limits.get(r.key) ?? Infinity));
  if (!over) return { ok: true };
  const retryAfterSeconds = Math.max(
    1,
    Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000),
  );
  return { ok: false, retryAfterSeconds };
}
