import { describe, expect, it } from "vitest";
import { consumeRateLimit, type RateLimitRule } from "@/lib/rate-limit/rate-limit";
import { useTestDatabase } from "./harness";

const t = useTestDatabase();
const rule = (scope: string, perSession = 3, perIp = 5): RateLimitRule => ({
  scope,
  windowSeconds: 60,
  perSession,
  perIp,
});
const at = (s: number) => new Date(Date.UTC(2026, 10, 30, 10, 0, s));

describe("rate limits in PostgreSQL", () => {
  it("allows up to the limit per session, then refuses until the window ends", async () => {
    const r = rule("a");
    const who = { sessionId: crypto.randomUUID(), ip: "10.0.0.1" };
    for (let i = 0; i < 3; i++)
      expect(await consumeRateLimit(t.db, r, who, at(10 + i))).toEqual({ ok: true });
    expect(await consumeRateLimit(t.db, r, who, at(20))).toEqual({
      ok: false,
      retryAfterSeconds: 40,
    });
    // The next window starts afresh, and the old window's row is cleared.
    expect(await consumeRateLimit(t.db, r, who, at(60))).toEqual({ ok: true });
    expect(
      await t.db.rateLimitCounter.count({ where: { scope: "a", windowStart: { lt: at(60) } } }),
    ).toBe(0);
  });

  it("counts per IP across sessions, and per session across IPs", async () => {
    const r = rule("b");
    const ip = "2001:db8::7";
    for (let i = 0; i < 5; i++)
      expect(
        (await consumeRateLimit(t.db, r, { sessionId: crypto.randomUUID(), ip }, at(1))).ok,
      ).toBe(true);
    expect(
      (await consumeRateLimit(t.db, r, { sessionId: crypto.randomUUID(), ip }, at(2))).ok,
    ).toBe(false);
    // Another IP is not affected by that one.
    expect(
      (await consumeRateLimit(t.db, r, { sessionId: crypto.randomUUID(), ip: "10.9.9.9" }, at(2)))
        .ok,
    ).toBe(true);

    const session = crypto.randomUUID();
    for (let i = 0; i < 3; i++)
      expect(
        (await consumeRateLimit(t.db, r, { sessionId: session, ip: `10.1.0.${i}` }, at(3))).ok,
      ).toBe(true);
    expect(
      (await consumeRateLimit(t.db, r, { sessionId: session, ip: "10.1.0.99" }, at(4))).ok,
    ).toBe(false);
    // Scopes are separate limits.
    expect((await consumeRateLimit(t.db, rule("c"), { sessionId: session }, at(4))).ok).toBe(true);
  });

  it("simultaneous attempts from two app instances: exactly the limit gets through", async () => {
    const r = rule("d", 7, 1000);
    const a = t.newClient();
    const b = t.newClient();
    const who = { sessionId: crypto.randomUUID() };
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) => consumeRateLimit(i % 2 ? a : b, r, who, at(30))),
    );
    expect(results.filter((x) => x.ok)).toHaveLength(7);
    const row = await t.db.rateLimitCounter.findFirstOrThrow({ where: { scope: "d" } });
    expect(row.count).toBe(20);
  });

  it("with no session and no IP there is nothing to count", async () => {
    expect(await consumeRateLimit(t.db, rule("e", 1, 1), {}, at(0))).toEqual({ ok: true });
    expect(await consumeRateLimit(t.db, rule("e", 1, 1), {}, at(0))).toEqual({ ok: true });
  });
});
