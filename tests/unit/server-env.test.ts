import { describe, expect, it } from "vitest";
import { checkServerEnv } from "@/lib/env/server-env";

const SECRET = "x".repeat(40);
const PG = "postgresql://app:pw@db.internal:5432/helsami";

const problems = (env: Record<string, string | undefined>) => {
  const r = checkServerEnv(env);
  return r.ok ? [] : r.problems;
};

describe("environment checked at start", () => {
  it("a complete production environment passes", () => {
    const r = checkServerEnv({
      DEPLOYMENT_ENV: "production",
      AUTH_SECRET: SECRET,
      DATABASE_URL: PG,
    });
    expect(r).toMatchObject({ ok: true, env: { deployment: "production" } });
  });

  it("production without AUTH_SECRET or DATABASE_URL refuses, one line each", () => {
    const lines = problems({ DEPLOYMENT_ENV: "production" });
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^AUTH_SECRET is required in production/);
    expect(lines[1]).toMatch(/^DATABASE_URL is required in production/);
  });

  it("unset, prod and typos are production too", () => {
    for (const value of [undefined, "prod", "staging", "produciton"]) {
      expect(problems({ DEPLOYMENT_ENV: value }), String(value)).toHaveLength(2);
    }
    expect(problems({})[0]).toContain("DEPLOYMENT_ENV is unset");
    expect(problems({ DEPLOYMENT_ENV: "prod" })[0]).toContain(
      "DEPLOYMENT_ENV=prod is not development, test or demo",
    );
  });

  it("production refuses the test sign-in and the embedded database", () => {
    const lines = problems({
      AUTH_SECRET: SECRET,
      DATABASE_URL: PG,
      AUTH_TEST_IDENTITY: "on",
      HELSAMI_EMBEDDED_DB: "1",
    });
    expect(lines).toHaveLength(2);
    expect(
      lines.some((l) => l.startsWith("DATABASE_URL must name a PostgreSQL server in production")),
    ).toBe(true);
    expect(lines.some((l) => l.startsWith("AUTH_TEST_IDENTITY=on is refused in production"))).toBe(
      true,
    );
  });

  it("development needs none of it", () => {
    expect(
      checkServerEnv({ DEPLOYMENT_ENV: "development", AUTH_TEST_IDENTITY: "on" }),
    ).toMatchObject({ ok: true, env: { deployment: "development" } });
    expect(
      checkServerEnv({
        DEPLOYMENT_ENV: "demo",
        AUTH_TEST_IDENTITY: "on",
        HELSAMI_EMBEDDED_DB: "1",
        DATABASE_URL: "postgresql://127.0.0.1:5999/postgres",
      }),
    ).toMatchObject({ ok: true });
  });

  it("malformed values are named, in every deployment", () => {
    const lines = problems({
      DEPLOYMENT_ENV: "test",
      AUTH_SECRET: "short",
      DATABASE_URL: "mysql://x",
      AUTH_TEST_IDENTITY: "yes",
      DB_POOL_MAX: "0",
    });
    expect(lines).toEqual([
      "AUTH_TEST_IDENTITY must be on or off",
      "AUTH_SECRET must be at least 32 characters",
      "DATABASE_URL must be a postgresql:// URL",
      "DB_POOL_MAX must be a whole number from 1",
    ]);
  });

  it("a half-configured sign-in provider is a problem", () => {
    expect(
      problems({ DEPLOYMENT_ENV: "test", HELSEID_ISSUER: "https://helseid-sts.test.nhn.no" }),
    ).toEqual(["HELSEID_ISSUER and HELSEID_CLIENT_ID must both be set"]);
  });
});
