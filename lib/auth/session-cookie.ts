import { getToken } from "next-auth/jwt";
import { decodeSessionToken } from "./session-token";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "./session-cookie-names";

/**
 * Verifies the Auth.js cookie (signed, see session-token.ts) and returns our UserSession id
 * (`sid`), or null. Only the cookie header is looked at (not an Authorization header), and nothing
 * else in the token is trusted.
 */
export async function readSessionId(
  cookieHeader: string | null,
  secret = process.env.AUTH_SECRET,
): Promise<string | null> {
  if (!cookieHeader || !secret) return null;
  const secureCookie =
    cookieHeader.includes(`${SECURE_SESSION_COOKIE}=`) ||
    cookieHeader.includes(`${SECURE_SESSION_COOKIE}.0=`);
  if (!secureCookie && !cookieHeader.includes(`${SESSION_COOKIE}`)) return null;
  const token = await getToken({
    req: { headers: { cookie: cookieHeader } },
    secret,
    secureCookie,
    decode: decodeSessionToken,
  });
  const sid = token?.sid;
  return typeof sid === "string" ? sid : null;
}
