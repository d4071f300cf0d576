import type { Env } from "./deployment";

/**
 * ID-porten (citizens) and HelseID (health personnel) as generic OpenID Connect providers,
 * configured only by environment variables. A provider is registered only when its issuer, client
 * id and a client credential are all set.
 *
 *   <P>_ISSUER             e.g. https://test.idporten.no (discovery at /.well-known/openid-configuration)
 *   <P>_CLIENT_ID
 *   <P>_CLIENT_SECRET      for client_secret_basic / client_secret_post
 *   <P>_CLIENT_PRIVATE_JWK private key as a JWK (JSON, with "kid") for private_key_jwt
 *   <P>_CLIENT_AUTH_METHOD client_secret_basic (default with a secret) | client_secret_post |
 *                          private_key_jwt (default with a JWK)
 *   <P>_SCOPE              space-separated scopes (defaults below)
 *   <P>_ACR_VALUES         requested assurance level (defaults below)
 * where <P> is IDPORTEN or HELSEID.
 */

export type OidcProviderId = "idporten" | "helseid";
export type ClientAuthMethod = "client_secret_basic" | "client_secret_post" | "private_key_jwt";

export type OidcSettings = {
  id: OidcProviderId;
  name: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  privateJwk: (JsonWebKey & { kid?: string }) | null;
  authMethod: ClientAuthMethod;
  scope: string;
  acrValues: string | null;
};

const DEFAULTS: Record<
  OidcProviderId,
  { prefix: string; name: string; scope: string; acrValues: string | null }
> = {
  idporten: {
    prefix: "IDPORTEN",
    name: "ID-porten",
    scope: "openid profile",
    acrValues: "idporten-loa-high",
  },
  helseid: {
    prefix: "HELSEID",
    name: "HelseID",
    scope:
      "openid profile helseid://scopes/identity/pid helseid://scopes/identity/hpr_number helseid://scopes/identity/security_level",
    acrValues: null,
  },
};

const AUTH_METHODS: readonly ClientAuthMethod[] = [
  "client_secret_basic",
  "client_secret_post",
  "private_key_jwt",
];

export type OidcSettingsResult =
  { ok: true; settings: OidcSettings } | { ok: false; problem: string } | null;

/** Reads one provider's settings; null when not configured at all, a problem when half-configured. */
export function readOidcSettings(id: OidcProviderId, env: Env = process.env): OidcSettingsResult {
  const d = DEFAULTS[id];
  const get = (name: string) => {
    const value = env[`${d.prefix}_${name}`]?.trim();
    return value ? value : null;
  };
  const issuer = get("ISSUER");
  const clientId = get("CLIENT_ID");
  const clientSecret = get("CLIENT_SECRET");
  const jwkText = get("CLIENT_PRIVATE_JWK");
  if (!issuer && !clientId && !clientSecret && !jwkText) return null;
  if (!issuer || !clientId)
    return { ok: false, problem: `${d.prefix}_ISSUER and ${d.prefix}_CLIENT_ID must both be set` };
  try {
    const parsed = new URL(issuer);
    if (
      parsed.protocol !== "https:" &&
      parsed.hostname !== "localhost" &&
      parsed.hostname !== "127.0.0.1"
    ) {
      return { ok: false, problem: `${d.prefix}_ISSUER must use https` };
    }
  } catch {
    return { ok: false, problem: `${d.prefix}_ISSUER is not a URL` };
  }

  let privateJwk: OidcSettings["privateJwk"] = null;
  if (jwkText) {
    try {
      privateJwk = JSON.parse(jwkText) as OidcSettings["privateJwk"];
    } catch {
      return { ok: false, problem: `${d.prefix}_CLIENT_PRIVATE_JWK is not valid JSON` };
    }
  }
  const requested = get("CLIENT_AUTH_METHOD");
  if (requested && !(AUTH_METHODS as readonly string[]).includes(requested)) {
    return {
      ok: false,
      problem: `${d.prefix}_CLIENT_AUTH_METHOD must be one of ${AUTH_METHODS.join(", ")}`,
    };
  }
  const authMethod =
    (requested as ClientAuthMethod | null) ??
    (privateJwk ? "private_key_jwt" : "client_secret_basic");
  if (authMethod === "private_key_jwt" && !privateJwk) {
    return { ok: false, problem: `${d.prefix}_CLIENT_PRIVATE_JWK is required for private_key_jwt` };
  }
  if (authMethod !== "private_key_jwt" && !clientSecret) {
    return { ok: false, problem: `${d.prefix}_CLIENT_SECRET is required for ${authMethod}` };
  }

  return {
    ok: true,
    settings: {
      id,
      name: d.name,
      issuer,
      clientId,
      clientSecret,
      privateJwk,
      authMethod,
      scope: get("SCOPE") ?? d.scope,
      acrValues: get("ACR_VALUES") ?? d.acrValues,
    },
  };
}

/** Which sign-in methods this deployment offers; the sign-in page shows only these. */
export function configuredOidcProviders(env: Env = process.env): OidcProviderId[] {
  return (["idporten", "helseid"] as const).filter((id) => readOidcSettings(id, env)?.ok === true);
}
