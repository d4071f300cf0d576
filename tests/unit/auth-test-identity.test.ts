import { describe, expect, it } from "vitest";
import {
  allowsRealNationalIds,
  deploymentKind,
  isProductionDeployment,
  isTestIdentityEnabled,
} from "@/lib/auth/deployment";

describe("test sign-in enable rule", () => {
  it("is on only with AUTH_TEST_IDENTITY=on in an allow-listed deployment", () => {
    for (const deployment of ["development", "test", "demo", " Demo ", "TEST"]) {
      expect(isTestIdentityEnabled({ AUTH_TEST_IDENTITY: "on", DEPLOYMENT_ENV: deployment })).toBe(
        true,
      );
    }
    expect(
      isTestIdentityEnabled({ AUTH_TEST_IDENTITY: " ON ", DEPLOYMENT_ENV: "development" }),
    ).toBe(true);
  });

  it("is off when not asked for", () => {
    expect(isTestIdentityEnabled({ DEPLOYMENT_ENV: "development" })).toBe(false);
    for (const value of ["", "off", "true", "1", "yes"]) {
      // Only the exact word counts: "true", "1" or "yes" do not switch it on by accident.
      expect(
        isTestIdentityEnabled({ AUTH_TEST_IDENTITY: value, DEPLOYMENT_ENV: "development" }),
      ).toBe(false);
    }
  });

  it("fails closed: any deployment not on the allow-list is production, unset included", () => {
    for (const value of [
      undefined,
      "",
      "production",
      "Production",
      "prod",
      "staging",
      "dev",
      "develop",
      "tset",
      "demo2",
      "test ",
    ]) {
      const env = { AUTH_TEST_IDENTITY: "on", DEPLOYMENT_ENV: value };
      expect(deploymentKind(env), String(value)).toBe(
        value?.trim().toLowerCase() === "test" ? "test" : "production",
      );
    }
    for (const value of [undefined, "", "prod", "staging", "dev"]) {
      expect(isTestIdentityEnabled({ AUTH_TEST_IDENTITY: "on", DEPLOYMENT_ENV: value })).toBe(
        false,
      );
      expect(isProductionDeployment({ DEPLOYMENT_ENV: value })).toBe(true);
    }
  });

  it("does not take NODE_ENV for the deployment", () => {
    expect(
      isTestIdentityEnabled({
        AUTH_TEST_IDENTITY: "on",
        NODE_ENV: "production",
        DEPLOYMENT_ENV: "demo",
      }),
    ).toBe(true);
    expect(isTestIdentityEnabled({ AUTH_TEST_IDENTITY: "on", NODE_ENV: "development" })).toBe(
      false,
    );
  });

  it("accepts real identity numbers only in production, by the same rule (prod and unset are production)", () => {
    expect(allowsRealNationalIds({ DEPLOYMENT_ENV: "production" })).toBe(true);
    expect(allowsRealNationalIds({ DEPLOYMENT_ENV: "prod" })).toBe(true);
    expect(allowsRealNationalIds({})).toBe(true);
    expect(allowsRealNationalIds({ DEPLOYMENT_ENV: "demo" })).toBe(false);
    expect(allowsRealNationalIds({ DEPLOYMENT_ENV: "development" })).toBe(false);
  });
});
