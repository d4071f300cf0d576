import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import type { JWT, JWTDecodeParams, JWTEncodeParams } from "next-auth/jwt";

/**
 * The session cookie's format. It carries only our UserSession id (the session itself lives in
 * the database), so it needs integrity, not secrecy: a signed token (HMAC-SHA256) instead of
 * Auth.js's default JWE, which derives a key (HKDF) and decrypts on every request.
 *
 * Format: base64url(JSON payload) "." base64url(HMAC-SHA256(key, salt "." payload)).
 * The salt Auth.js passes is the cookie name, so a token made for one cookie is refused in another.
 * The key is derived from AUTH_SECRET once per secret per process, then reused.
 */

const KEY_INFO = "helsami session token v1";
const keys = new Map<string, Buffer>();

function keyFor(secret: string): Buffer {
  let key = keys.get(secret);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", secret, "", KEY_INFO, 32));
    keys.set(secret, key);
  }
  return key;
}

function mac(secret: string, salt: string, payload: string): Buffer {
  return createHmac("sha256", keyFor(secret)).update(salt).update(".").update(payload).digest();
}

function secretsOf(secret: string | string[]): string[] {
  return (Array.isArray(secret) ? secret : [secret]).filter(
    (s) => typeof s === "string" && s.length > 0,
  );
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Auth.js `jwt.encode`: signs with the first secret (the newest when rotating). */
export function encodeSessionToken({
  token = {},
  secret,
  salt,
  maxAge = 30 * 24 * 60 * 60,
}: JWTEncodeParams): string {
  const [current] = secretsOf(secret);
  if (!current) throw new Error("no secret to sign the session token with");
  const iat = nowSeconds();
  const payload = Buffer.from(JSON.stringify({ ...token, iat, exp: iat + maxAge })).toString(
    "base64url",
  );
  return `${payload}.${mac(current, salt, payload).toString("base64url")}`;
}

/**
 * Auth.js `jwt.decode`: the payload if the signature matches one of the secrets and it has not
 * expired; otherwise null (never throws on a bad token).
 */
export function decodeSessionToken({ token, secret, salt }: JWTDecodeParams): JWT | null {
  if (!token) return null;
  const dot = token.indexOf(".");
  if (dot <= 0 || dot !== token.lastIndexOf(".")) return null;
  const payload = token.slice(0, dot);
  const signature = token.slice(dot + 1);
  const given = Buffer.from(signature, "base64url");
  // Only the one spelling we write: base64url decoding ignores the unused low bits of the last
  // character, so without this check four spellings of the token would be accepted as one.
  if (given.length !== 32 || given.toString("base64url") !== signature) return null;
  const signedByUs = secretsOf(secret).some((s) => timingSafeEqual(mac(s, salt, payload), given));
  if (!signedByUs) return null;

  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!claims || typeof claims !== "object" || Array.isArray(claims)) return null;
  const exp = (claims as JWT).exp;
  if (typeof exp !== "number" || exp <= nowSeconds()) return null;
  return claims as JWT;
}
