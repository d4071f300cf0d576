import { describe, expect, it } from "vitest";
import { allowsRealNationalIds, isProductionDeployment, isTestIdentityEnabled } from "@/lib/auth/deployment";

describe("test sign-in enable rule", () => {
  it("is on only with AUTH_TEST_IDENTITY=on outside production", () => {
    expect(isTestIdentityEnabled({ AUTH_TEST_IDENTITY: "on" })).toBe(true);
    expect(isTestIdentityEnabled({ AUTH_TEST_IDENTITY: "on", DEPLOYMENT_ENV: "test" })).toBe(true);
    expect(isTestIdentityEnabled({ AUTH_TEST_IDENTITY: " ON " })).toBe(true);
  });

  it("is off when not asked for", () => {
    expect(isTestIdentityEnabled({})).toBe(false);
    expect(isTestIdentityEnabled({ AUTH_TEST_IDENTITY: "" })).toBe(false);
    expect(isTestIdentityEnabled({ AUTH_TEST_IDENTITY: "off" })).toBe(false);
    // Only the exact word counts: "true", "1" or "yes" do not switch it on by accident.
    expect(isTestIdentityEnabled({ AUTH_TEST_IDENTITY: "true" })).toBe(false);
    expect(isTestIdentityEnabled({ AUTH_TEST_IDENTITY: "1" })).toBe(false);
    expect(isTestIdentityEnabled({ AUTH_TEST_IDENTITY: "yes" })).toBe(false);
  });

  it("is always off in production, however it is spelt", () => {
    for (const value of ["production", "Production", " PRODUCTION ", "prod"]) {
      expect(isTestIdentityEnabled({ AUTH_TEST_IDENTITY: "on", DEPLOYMENT_ENV: value })).toBe(false);
      expect(isProductionDeployment({ DEPLOYMENT_ENV: value })).toBe(true);
    }
  });

  it("does not treat NODE_ENV=production (next start in the demo) as a production deployment", () => {
    expect(isTestIdentityEnabled({ AUTH_TEST_IDENTITY: "on", NODE_ENV: "production" })).toBe(true);
  });

  it("accepts real identity numbers only in production", () => {
    expect(allowsRealNationalIds({ DEPLOYMENT_ENV: "production" })).toBe(true);
    expect(allowsRealNationalIds({ DEPLOYMENT_ENV: "staging" })).toBe(false);
    expect(allowsRealNationalIds({})).toBe(false);
  });
});
