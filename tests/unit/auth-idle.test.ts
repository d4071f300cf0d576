import { describe, expect, it } from "vitest";
import {
  ABSOLUTE_SESSION_MS,
  IDLE_TIMEOUT_MS,
  IDLE_WARNING_MS,
  TOUCH_INTERVAL_MS,
  evaluateSession,
  idleExpiresAt,
  isIdleExpired,
  secondsUntil,
  shouldTouch,
} from "@/lib/auth/idle";

const t0 = new Date("2026-11-20T10:00:00.000Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

describe("idle expiry", () => {
  it("expires 30 minutes after the last request", () => {
    expect(IDLE_TIMEOUT_MS).toBe(30 * 60 * 1000);
    expect(idleExpiresAt(t0).toISOString()).toBe("2026-11-20T10:30:00.000Z");
  });

  it("is still active a millisecond before, and expired at the exact moment", () => {
    expect(isIdleExpired(t0, at(IDLE_TIMEOUT_MS - 1))).toBe(false);
    expect(isIdleExpired(t0, at(IDLE_TIMEOUT_MS))).toBe(true);
  });

  it("touches at most once a minute", () => {
    expect(shouldTouch(t0, at(TOUCH_INTERVAL_MS - 1))).toBe(false);
    expect(shouldTouch(t0, at(TOUCH_INTERVAL_MS))).toBe(true);
  });

  it("evaluates a fresh session as active without a write", () => {
    expect(evaluateSession({ createdAt: t0, lastSeenAt: t0, endedAt: null }, at(10_000))).toEqual({
      status: "active",
      expiresAt: idleExpiresAt(t0),
      shouldTouch: false,
    });
  });

  it("evaluates an idle session as expired at the moment it ran out", () => {
    expect(
      evaluateSession(
        { createdAt: t0, lastSeenAt: t0, endedAt: null },
        at(IDLE_TIMEOUT_MS + 5_000),
      ),
    ).toEqual({
      status: "expired",
      expiredAt: idleExpiresAt(t0),
    });
  });

  it("treats an ended session as ended, even if it would not have expired yet", () => {
    expect(evaluateSession({ createdAt: t0, lastSeenAt: t0, endedAt: at(1000) }, at(2000))).toEqual(
      { status: "ended" },
    );
  });

  it("ends a busy session 12 hours after sign-in, however recent the last request", () => {
    const HOUR = 60 * 60 * 1000;
    expect(ABSOLUTE_SESSION_MS).toBe(12 * HOUR);
    const lastSeenAt = at(12 * HOUR - 60_000);
    // A minute before the cap: active, and it says so (not 30 minutes from now).
    expect(
      evaluateSession({ createdAt: t0, lastSeenAt, endedAt: null }, at(12 * HOUR - 1)),
    ).toEqual({
      status: "active",
      expiresAt: at(12 * HOUR),
      shouldTouch: false,
    });
    expect(evaluateSession({ createdAt: t0, lastSeenAt, endedAt: null }, at(12 * HOUR))).toEqual({
      status: "expired",
      expiredAt: at(12 * HOUR),
    });
  });

  it("warns two minutes before expiry, leaving more than the 20 seconds WCAG 2.2.1 asks for", () => {
    expect(IDLE_WARNING_MS).toBe(120_000);
    expect(IDLE_WARNING_MS).toBeGreaterThan(20_000);
  });

  it("counts whole seconds left and never goes below zero", () => {
    expect(secondsUntil(idleExpiresAt(t0), at(IDLE_TIMEOUT_MS - 1500))).toBe(1);
    expect(secondsUntil(idleExpiresAt(t0), at(IDLE_TIMEOUT_MS + 1))).toBe(0);
  });
});
