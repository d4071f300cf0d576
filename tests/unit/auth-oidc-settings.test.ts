import { describe, expect, it } from "vitest";
import { configuredOidcProviders, readOidcSettings } from "@/lib/auth/oidc-settings";
import { clinicianKeyFromHelseIdClaims, pidFromIdportenClaims } from "@/lib/auth/sign-in-identity";
import { testPersonGroup } from "@/lib/auth/test-identity-directory";

describe("OIDC providers from the environment", () => {
  it("registers nothing when nothing is set", () => {
    expect(readOidcSettings("idporten", {})).toBeNull();
    expect(configuredOidcProviders({})).toEqual([]);
  });

  it("reads ID-porten with a client secret and sensible defaults", () => {
    const env = {
      IDPORTEN_ISSUER: "https://test.idporten.no",
      IDPORTEN_CLIENT_ID: "abc",
      IDPORTEN_CLIENT_SECRET: "s3cret",
    };
    const read = readOidcSettings("idporten", env);
    expect(read).toMatchObject({
      ok: true,
      settings: {
        issuer: "https://test.idporten.no",
        authMethod: "client_secret_basic",
        acrValues: "idporten-loa-high",
      },
    });
    expect(configuredOidcProviders(env)).toEqual(["idporten"]);
  });

  it("uses private_key_jwt when a private JWK is given", () => {
    const jwk = JSON.stringify({ kty: "RSA", kid: "k1", n: "x", e: "AQAB", d: "y" });
    const read = readOidcSettings("helseid", {
      HELSEID_ISSUER: "https://helseid-sts.test.nhn.no",
      HELSEID_CLIENT_ID: "c",
      HELSEID_CLIENT_PRIVATE_JWK: jwk,
    });
    expect(read).toMatchObject({ ok: true, settings: { authMethod: "private_key_jwt" } });
  });

  it("reports half-done configuration instead of registering a broken provider", () => {
    expect(readOidcSettings("idporten", { IDPORTEN_ISSUER: "https://x.example" })).toMatchObject({
      ok: false,
    });
    expect(
      readOidcSettings("idporten", {
        IDPORTEN_ISSUER: "http://x.example",
        IDPORTEN_CLIENT_ID: "a",
        IDPORTEN_CLIENT_SECRET: "b",
      }),
    ).toMatchObject({ ok: false });
    expect(
      readOidcSettings("helseid", {
        HELSEID_ISSUER: "https://x.example",
        HELSEID_CLIENT_ID: "a",
        HELSEID_CLIENT_AUTH_METHOD: "private_key_jwt",
        HELSEID_CLIENT_SECRET: "b",
      }),
    ).toMatchObject({ ok: false });
    expect(configuredOidcProviders({ IDPORTEN_ISSUER: "https://x.example" })).toEqual([]);
  });
});

describe("identity claims", () => {
  it("reads ID-porten's pid", () => {
    expect(pidFromIdportenClaims({ pid: "01818012345" })).toBe("01818012345");
    expect(pidFromIdportenClaims({ sub: "x" })).toBeNull();
  });

  it("prefers HelseID's HPR number and falls back to the identity number", () => {
    expect(clinicianKeyFromHelseIdClaims({ "helseid://claims/hpr/hpr_number": "1234567" })).toEqual(
      { hprNumber: "1234567" },
    );
    expect(
      clinicianKeyFromHelseIdClaims({ "helseid://claims/hpr/hpr_number": ["", "7654321"] }),
    ).toEqual({ hprNumber: "7654321" });
    expect(
      clinicianKeyFromHelseIdClaims({ "helseid://claims/identity/pid": "01818012345" }),
    ).toEqual({ nationalId: "01818012345" });
    expect(clinicianKeyFromHelseIdClaims({})).toBeNull();
  });
});

describe("test person groups", () => {
  it("groups by age and parenthood, leaving out children under 12", () => {
    expect(testPersonGroup(11, false)).toBeNull();
    expect(testPersonGroup(12, false)).toBe("young");
    expect(testPersonGroup(17, true)).toBe("young");
    expect(testPersonGroup(18, false)).toBe("adults");
    expect(testPersonGroup(40, true)).toBe("parents");
    expect(testPersonGroup(67, false)).toBe("elderly");
    expect(testPersonGroup(80, true)).toBe("parents");
  });
});
