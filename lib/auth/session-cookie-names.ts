/** Auth.js's session cookie; the "__Secure-" name is used when the site runs on https. */
export const SESSION_COOKIE = "authjs.session-token";
export const SECURE_SESSION_COOKIE = "__Secure-authjs.session-token";

/** Cheap presence check for proxy.ts: is there any session cookie at all (not whether it is valid)? */
export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) {
    if (name.startsWith(SESSION_COOKIE) || name.startsWith(SECURE_SESSION_COOKIE)) return true;
  }
  return false;
}
