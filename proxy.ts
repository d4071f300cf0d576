import { NextResponse, type NextRequest } from "next/server";
import { CURRENT_PATH_HEADER } from "@/lib/auth/current-path-header";
import { isProductionDeployment } from "@/lib/auth/deployment";
import { hasSessionCookie } from "@/lib/auth/session-cookie-names";
import {
  HSTS_VALUE,
  contentSecurityPolicy,
  identityProviderOrigins,
  newNonce,
} from "@/lib/security/headers";

// Cheap, per-request work only (no database, no decryption). Authorization happens in pages and
// server actions; this only (1) tells pages which path they render, for "come back here" links,
// (2) sends a browser without any session cookie straight to sign-in for signed-in areas, and
// (3) sets the Content-Security-Policy with this request's nonce (and HSTS in production).

const SIGNED_IN_AREAS = ["/for", "/behandler", "/admin"];

function inSignedInArea(pathname: string): boolean {
  return SIGNED_IN_AREAS.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const query = new URLSearchParams(searchParams);
  query.delete("_rsc");
  const qs = query.toString();
  const here = qs ? `${pathname}?${qs}` : pathname;

  if (
    request.method === "GET" &&
    inSignedInArea(pathname) &&
    !hasSessionCookie(request.cookies.getAll().map((c) => c.name))
  ) {
    const url = request.nextUrl.clone();
    url.pathname = "/logg-inn";
    url.search = new URLSearchParams({ neste: here }).toString();
    return NextResponse.redirect(url);
  }

  // A fresh nonce per request; Next finds it in the request's CSP header and puts it on its scripts.
  const csp = contentSecurityPolicy({
    nonce: newNonce(),
    dev: process.env.NODE_ENV === "development",
    production: isProductionDeployment(),
    formActionOrigins: identityProviderOrigins(process.env),
  });
  const headers = new Headers(request.headers);
  headers.set(CURRENT_PATH_HEADER, here);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  if (isProductionDeployment()) response.headers.set("strict-transport-security", HSTS_VALUE);
  return response;
}

export const config = {
  matcher: [
    "/((?!_next/static|_next/image|api/|favicon.ico|robots.txt|.*\\.(?:png|jpg|jpeg|svg|ico|webp|css|js|map|txt)$).*)",
  ],
};
