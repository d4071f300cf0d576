import { encode as encodeJwe } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { readSessionId } from "@/lib/auth/session-cookie";
import { SECURE_SESSION_COOKIE, SESSION_COOKIE } from "@/lib/auth/session-cookie-names";
import { decodeSessionToken, encodeSessionToken } from "@/lib/auth/session-token";

const SECRET = "a-test-secret-of-reasonable-length-0123456789";
const OTHER_SECRET = "someone-elses-secret-of-reasonable-length-987";
const SID = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f";
const salt = SESSION_COOKIE;

function flipLastChar(s: string): string {
  const last = s.at(-1) === "A" ? "B" : "A";
  return s.slice(0, -1) + last;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("session token (signed, not encrypted)", () => {
  it("round-trips the session id with iat and exp", () => {
    const token = encodeSessionToken({ token: { sid: SID }, secret: SECRET, salt, maxAge: 60 });
    const decoded = decodeSessionToken({ token, secret: SECRET, salt });
    expect(decoded?.sid).toBe(SID);
    expect(decoded!.exp! - decoded!.iat!).toBe(60);
  });

  it("refuses a token whose payload was changed", () => {
    const token = encodeSessionToken({ token: { sid: SID }, secret: SECRET, salt });
    const [, signature] = token.split(".");
    const forged = Buffer.from(
      JSON.stringify({ sid: "00000000-0000-4000-8000-000000000000", exp: 9_999_999_999 }),
    ).toString("base64url");
    expect(
      decodeSessionToken({ token: `${forged}.${signature}`, secret: SECRET, salt }),
    ).toBeNull();
  });

  it("refuses a token whose signature was changed, cut or left out", () => {
    const token = encodeSessionToken({ token: { sid: SID }, secret: SECRET, salt });
    const [payload = "", signature = ""] = token.split(".");
    expect(
      decodeSessionToken({ token: `${payload}.${flipLastChar(signature)}`, secret: SECRET, salt }),
    ).toBeNull();
    expect(
      decodeSessionToken({ token: `${payload}.${signature.slice(0, 20)}`, secret: SECRET, salt }),
    ).toBeNull();
    expect(decodeSessionToken({ token: payload, secret: SECRET, salt })).toBeNull();
    expect(decodeSessionToken({ token: `${token}.extra`, secret: SECRET, salt })).toBeNull();
    expect(decodeSessionToken({ token: "", secret: SECRET, salt })).toBeNull();
  });

  it("refuses the signature spelled another way that decodes to the same bytes", () => {
    const token = encodeSessionToken({ token: { sid: SID }, secret: SECRET, salt });
    const [payload = "", signature = ""] = token.split(".");
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    // 32 bytes take 43 characters; the last one carries 4 bits and 2 unused ones.
    const last = alphabet.indexOf(signature.at(-1)!);
    const respelled = signature.slice(0, -1) + alphabet[last ^ 1];
    expect(Buffer.from(respelled, "base64url")).toEqual(Buffer.from(signature, "base64url"));
    expect(
      decodeSessionToken({ token: `${payload}.${respelled}`, secret: SECRET, salt }),
    ).toBeNull();
    expect(decodeSessionToken({ token, secret: SECRET, salt })?.sid).toBe(SID);
  });

  it("refuses an expired token", () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-11-30T08:00:00Z"));
    const token = encodeSessionToken({ token: { sid: SID }, secret: SECRET, salt, maxAge: 60 });
    vi.setSystemTime(new Date("2026-11-30T08:00:59Z"));
    expect(decodeSessionToken({ token, secret: SECRET, salt })?.sid).toBe(SID);
    vi.setSystemTime(new Date("2026-11-30T08:01:00Z"));
    expect(decodeSessionToken({ token, secret: SECRET, salt })).toBeNull();
  });

  it("refuses a token signed with another secret, or made for another cookie", () => {
    const foreign = encodeSessionToken({ token: { sid: SID }, secret: OTHER_SECRET, salt });
    expect(decodeSessionToken({ token: foreign, secret: SECRET, salt })).toBeNull();
    const otherCookie = encodeSessionToken({
      token: { sid: SID },
      secret: SECRET,
      salt: "authjs.pkce.code_verifier",
    });
    expect(decodeSessionToken({ token: otherCookie, secret: SECRET, salt })).toBeNull();
  });

  it("refuses Auth.js's default encrypted cookie (old sessions sign in again)", async () => {
    const jwe = await encodeJwe({ token: { sid: SID }, secret: SECRET, salt });
    expect(decodeSessionToken({ token: jwe, secret: SECRET, salt })).toBeNull();
  });

  it("accepts the older of two secrets while they rotate, and signs with the newer", () => {
    const old = encodeSessionToken({ token: { sid: SID }, secret: OTHER_SECRET, salt });
    expect(decodeSessionToken({ token: old, secret: [SECRET, OTHER_SECRET], salt })?.sid).toBe(SID);
    const fresh = encodeSessionToken({ token: { sid: SID }, secret: [SECRET, OTHER_SECRET], salt });
    expect(decodeSessionToken({ token: fresh, secret: SECRET, salt })?.sid).toBe(SID);
  });
});

describe("readSessionId", () => {
  it("reads the session id from the cookie header, plain or __Secure-", async () => {
    const plain = encodeSessionToken({ token: { sid: SID }, secret: SECRET, salt: SESSION_COOKIE });
    expect(await readSessionId(`a=1; ${SESSION_COOKIE}=${plain}`, SECRET)).toBe(SID);
    const secure = encodeSessionToken({
      token: { sid: SID },
      secret: SECRET,
      salt: SECURE_SESSION_COOKIE,
    });
    expect(await readSessionId(`${SECURE_SESSION_COOKIE}=${secure}`, SECRET)).toBe(SID);
  });

  it("returns null for a tampered, foreign or missing cookie", async () => {
    const token = encodeSessionToken({ token: { sid: SID }, secret: SECRET, salt: SESSION_COOKIE });
    expect(await readSessionId(`${SESSION_COOKIE}=${flipLastChar(token)}`, SECRET)).toBeNull();
    expect(await readSessionId(`${SESSION_COOKIE}=${token}`, OTHER_SECRET)).toBeNull();
    // A token made for the plain cookie does not work under the __Secure- name.
    expect(await readSessionId(`${SECURE_SESSION_COOKIE}=${token}`, SECRET)).toBeNull();
    expect(await readSessionId("a=1", SECRET)).toBeNull();
    expect(await readSessionId(null, SECRET)).toBeNull();
  });
});
