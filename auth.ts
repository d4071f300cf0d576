import NextAuth, { type NextAuthConfig } from "next-auth";
import type { OIDCConfig } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import { cookies, headers } from "next/headers";
import { getDb } from "@/lib/db/client";
import { helseIdAssuranceOk, idportenAssuranceOk } from "@/lib/auth/assurance";
import { isTestIdentityEnabled } from "@/lib/auth/deployment";
import { readOidcSettings, type OidcProviderId, type OidcSettings } from "@/lib/auth/oidc-settings";
import {
  clinicianKeyFromHelseIdClaims,
  parseClinicianRole,
  pidFromIdportenClaims,
  resolveCitizenByNationalId,
  resolveClinician,
  resolveTestIdentity,
  type SignInRejection,
} from "@/lib/auth/sign-in-identity";
import { readSessionId } from "@/lib/auth/session-cookie";
import { endUserSession, replaceUserSession, type NewSession } from "@/lib/auth/session-store";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token";

declare module "next-auth" {
  interface User {
    /** Who this sign-in maps to in our database; becomes a UserSession in the jwt callback. */
    helsami?: NewSession;
    helsamiRejection?: SignInRejection;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    /** Our UserSession id: the only thing the cookie carries. */
    sid?: string;
  }
}

export const TEST_PROVIDER_ID = "testinnlogging";
/** Set by the "sign in with HelseID as organisation admin" action, read when HelseID calls back. */
export const ROLE_INTENT_COOKIE = "helsami-rolle";
/** Absolute cap on a sign-in; the idle timeout (30 min) is enforced on the UserSession row. */
export const SESSION_MAX_AGE_S = 12 * 60 * 60;

async function clientPrivateKey(
  settings: OidcSettings,
): Promise<{ key: CryptoKey; kid?: string } | undefined> {
  const jwk = settings.privateJwk;
  if (!jwk) return undefined;
  const algorithm =
    jwk.kty === "EC"
      ? { name: "ECDSA", namedCurve: jwk.crv ?? "P-256" }
      : { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  const key = await crypto.subtle.importKey("jwk", jwk, algorithm, false, ["sign"]);
  return { key, kid: jwk.kid };
}

async function mapClaims(id: OidcProviderId, claims: Record<string, unknown>) {
  const db = getDb();
  if (id === "idporten") {
    if (!idportenAssuranceOk(claims)) return { ok: false, reason: "assurance" } as const;
    const pid = pidFromIdportenClaims(claims);
    return pid
      ? resolveCitizenByNationalId(db, pid, "IDPORTEN")
      : ({ ok: false, reason: "unknown_person" } as const);
  }
  if (!helseIdAssuranceOk(claims)) return { ok: false, reason: "assurance" } as const;
  const role = parseClinicianRole((await cookies()).get(ROLE_INTENT_COOKIE)?.value);
  const key = clinicianKeyFromHelseIdClaims(claims);
  return key
    ? resolveClinician(db, key, role, "HELSEID")
    : ({ ok: false, reason: "unknown_clinician" } as const);
}

async function oidcProvider(settings: OidcSettings): Promise<OIDCConfig<Record<string, unknown>>> {
  const privateKey = await clientPrivateKey(settings);
  return {
    id: settings.id,
    name: settings.name,
    type: "oidc",
    issuer: settings.issuer,
    clientId: settings.clientId,
    clientSecret: settings.clientSecret ?? undefined,
    client: { token_endpoint_auth_method: settings.authMethod },
    // Read at run time by @auth/core for private_key_jwt; not in its public types.
    ...(privateKey ? { token: { clientPrivateKey: privateKey } as never } : {}),
    authorization: {
      params: {
        scope: settings.scope,
        ...(settings.acrValues ? { acr_values: settings.acrValues } : {}),
      },
    },
    checks: ["pkce", "state", "nonce"],
    // The provider's identity claims are mapped to our Person/Clinician here and never stored.
    async profile(claims) {
      const result = await mapClaims(settings.id, claims);
      const sub = typeof claims.sub === "string" ? claims.sub : "unknown";
      return result.ok
        ? { id: sub, name: result.displayName, helsami: result.identity }
        : { id: sub, helsamiRejection: result.reason };
    },
  };
}

async function buildConfig(): Promise<NextAuthConfig> {
  const providers: NextAuthConfig["providers"] = [];

  // The loud start-up warning for this lives in instrumentation.ts.
  if (isTestIdentityEnabled()) {
    providers.push(
      Credentials({
        id: TEST_PROVIDER_ID,
        name: "Testinnlogging",
        credentials: { nationalId: {}, clinicianId: {}, hprNumber: {}, role: {} },
        async authorize(credentials) {
          // Checked again here, not only when the provider list was built.
          if (!isTestIdentityEnabled()) return null;
          const result = await resolveTestIdentity(getDb(), credentials ?? {});
          return result.ok
            ? { id: crypto.randomUUID(), name: result.displayName, helsami: result.identity }
            : null;
        },
      }),
    );
  }

  for (const id of ["idporten", "helseid"] as const) {
    const read = readOidcSettings(id);
    if (read?.ok) providers.push(await oidcProvider(read.settings));
    else if (read) console.error(`[auth] ${id} is not registered: ${read.problem}`);
  }

  return {
    providers,
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    // The cookie holds only our session id: signed (one HMAC per request), not encrypted.
    jwt: { encode: encodeSessionToken, decode: decodeSessionToken },
    pages: { signIn: "/logg-inn", signOut: "/logg-inn", error: "/logg-inn" },
    callbacks: {
      signIn({ user }) {
        if (user.helsami) return true;
        return `/logg-inn?feil=${encodeURIComponent(user.helsamiRejection ?? "unknown_person")}`;
      },
      async jwt({ token, user, trigger }) {
        if (trigger === "signIn" || trigger === "signUp") {
          if (!user?.helsami) throw new Error("sign-in without a mapped identity");
          // Signing in again ends the session this browser held before.
          const previous = await readSessionId((await headers()).get("cookie"));
          const sid = await replaceUserSession(getDb(), previous, user.helsami);
          // Nothing else goes into the cookie: no name, no identity number.
          return { sid };
        }
        return token;
      },
    },
    events: {
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (sid) await endUserSession(getDb(), sid);
      },
    },
  };
}

let configPromise: Promise<NextAuthConfig> | null = null;

// Lazy: providers are decided from the environment at run time, not when the app is built.
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  configPromise ??= buildConfig();
  return configPromise;
});
