/**
 * Security headers for every page, built per request in proxy.ts. Scripts run only with this
 * request's nonce ('strict-dynamic' lets Next's own chunks load); Next reads the nonce from the
 * Content-Security-Policy request header and puts it on its scripts, so pages must render per request
 * (the root layout reads cookies, which makes every page dynamic).
 */

export type CspOptions = {
  nonce: string;
  /** `next dev` needs eval for React's debugging; never in a build. */
  dev: boolean;
  /** Production: browsers upgrade any http:// subresource to https. */
  production: boolean;
  /**
   * Where our sign-in forms may send the browser: the server action answers with a redirect to the
   * identity provider, and Chromium applies form-action to that redirect.
   */
  formActionOrigins: readonly string[];
};

/** A fresh, unguessable nonce (128 bits), base64. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(o: CspOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${o.nonce}' 'strict-dynamic'${o.dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${o.nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    ["form-action 'self'", ...o.formActionOrigins].join(" "),
    "frame-ancestors 'none'",
    ...(o.production ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** One year, as the issue and common practice ask; only sent in production (over https). */
export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

/** The origins of the configured identity providers' issuers (ID-porten, HelseID). */
export function identityProviderOrigins(
  env: Readonly<Record<string, string | undefined>>,
): string[] {
  const origins = new Set<string>();
  for (const name of ["IDPORTEN_ISSUER", "HELSEID_ISSUER"]) {
    const value = env[name]?.trim();
    if (!value || !URL.canParse(value)) continue;
    origins.add(new URL(value).origin);
  }
  return [...origins];
}
