import "server-only";
import { headers } from "next/headers";
import type { RateLimitSubject } from "./rate-limit";

/**
 * The client's IP address as the reverse proxy in front of us saw it: the last X-Forwarded-For hop
 * (earlier hops are whatever the client sent). Without a proxy header, null: then only the
 * per-session limit applies.
 */
export function clientIpFrom(forwardedFor: string | null, realIp: string | null): string | null {
  const hops = (forwardedFor ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const ip = hops.at(-1) ?? realIp?.trim() ?? "";
  return /^[0-9a-f.:]{2,45}$/i.test(ip) ? ip.toLowerCase() : null;
}

/** Who is asking, for a rate limit: this session (if any) and the client's IP address. */
export async function requestRateLimitSubject(sessionId: string | null): Promise<RateLimitSubject> {
  const h = await headers();
  return { sessionId, ip: clientIpFrom(h.get("x-forwarded-for"), h.get("x-real-ip")) };
}
