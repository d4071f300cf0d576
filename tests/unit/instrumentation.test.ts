import { afterEach, describe, expect, it, vi } from "vitest";
import { register } from "@/instrumentation";

const KEYS = [
  "NEXT_RUNTIME",
  "DEPLOYMENT_ENV",
  "AUTH_SECRET",
  "DATABASE_URL",
  "AUTH_TEST_IDENTITY",
  "HELSAMI_EMBEDDED_DB",
] as const;
const saved = Object.fromEntries(KEYS.map((k) => [k, process.env[k]]));

afterEach(() => {
  for (const k of KEYS) {
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  }
  vi.restoreAllMocks();
});

function setEnv(values: Partial<Record<(typeof KEYS)[number], string>>) {
  for (const k of KEYS) delete process.env[k];
  Object.assign(process.env, { NEXT_RUNTIME: "nodejs" }, values);
}

describe("server start (instrumentation.ts)", () => {
  it("refuses to start in production with the test sign-in and no secret, one line per problem", async () => {
    setEnv({
      DEPLOYMENT_ENV: "prod",
      AUTH_TEST_IDENTITY: "on",
      DATABASE_URL: "postgresql://db/helsami",
    });
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await register();
    expect(exit).toHaveBeenCalledWith(1);
    const lines = errors.mock.calls.map((c) => String(c[0]));
    expect(lines.filter((l) => l.startsWith("[env] AUTH_SECRET is required"))).toHaveLength(1);
    expect(
      lines.filter((l) => l.startsWith("[env] AUTH_TEST_IDENTITY=on is refused")),
    ).toHaveLength(1);
  });

  it("starts in production when everything is set, and in a demo with the test sign-in", async () => {
    const exit = vi.spyOn(process, "exit").mockImplementation((() => undefined) as never);
    vi.spyOn(console, "warn").mockImplementation(() => {});
    setEnv({
      DEPLOYMENT_ENV: "production",
      AUTH_SECRET: "s".repeat(40),
      DATABASE_URL: "postgresql://db/helsami",
    });
    await register();
    setEnv({ DEPLOYMENT_ENV: "demo", AUTH_TEST_IDENTITY: "on" });
    await register();
    expect(exit).not.toHaveBeenCalled();
  });
});
