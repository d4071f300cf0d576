import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, identityProviderOrigins, newNonce } from "@/lib/security/headers";

describe("Content-Security-Policy", () => {
  const base = { nonce: "abc123", dev: false, production: true, formActionOrigins: [] };

  it("allows scripts only with the nonce, no inline or eval, and no framing", () => {
    const csp = contentSecurityPolicy(base);
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("upgrade-insecure-requests");
  });

  it("lets next dev eval and leaves http alone outside production", () => {
    const csp = contentSecurityPolicy({ ...base, dev: true, production: false });
    expect(csp).toContain("'unsafe-eval'");
    expect(csp).not.toContain("upgrade-insecure-requests");
  });

  it("lets the sign-in forms go to the configured identity providers only", () => {
    const origins = identityProviderOrigins({
      IDPORTEN_ISSUER: "https://test.idporten.no/",
      HELSEID_ISSUER: "not a url",
    });
    expect(origins).toEqual(["https://test.idporten.no"]);
    expect(contentSecurityPolicy({ ...base, formActionOrigins: origins })).toContain(
      "form-action 'self' https://test.idporten.no",
    );
  });

  it("makes a fresh 128-bit nonce every time", () => {
    const a = newNonce();
    expect(atob(a)).toHaveLength(16);
    expect(newNonce()).not.toBe(a);
  });
});

describe("proxy.ts sets the headers on pages", () => {
  it("a fresh CSP per request, on the request (for Next's scripts) and the response; HSTS only in production", async () => {
    const { NextRequest } = await import("next/server");
    const { proxy } = await import("@/proxy");
    const saved = process.env.DEPLOYMENT_ENV;
    try {
      process.env.DEPLOYMENT_ENV = "test";
      const a = proxy(new NextRequest("http://localhost/logg-inn"));
      const b = proxy(new NextRequest("http://localhost/logg-inn"));
      const csp = a.headers.get("content-security-policy");
      expect(csp).toMatch(/'nonce-[^']+'/);
      expect(b.headers.get("content-security-policy")).not.toBe(csp);
      // Next reads the nonce from the request headers it passes on to rendering.
      expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
      expect(a.headers.get("strict-transport-security")).toBeNull();

      process.env.DEPLOYMENT_ENV = "production";
      expect(
        proxy(new NextRequest("https://helsami.example/logg-inn")).headers.get(
          "strict-transport-security",
        ),
      ).toBe("max-age=31536000; includeSubDomains");
    } finally {
      process.env.DEPLOYMENT_ENV = saved;
    }
  });
});
