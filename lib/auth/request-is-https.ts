import "server-only";
import { headers } from "next/headers";

/**
 * Whether the browser reached us over https: the proxy in front says so (x-forwarded-proto), or the
 * configured public URL does. Cookies set on https get `secure`, like Auth.js's own.
 */
export async function requestIsHttps(): Promise<boolean> {
  const forwarded = (await headers()).get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (forwarded) return forwarded === "https";
  const configured = process.env.AUTH_URL ?? process.env.NEXTAUTH_URL ?? "";
  return configured.toLowerCase().startsWith("https://");
}
