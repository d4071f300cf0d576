import type { SessionKind } from "./session-types";

/** Where each kind of user lands after signing in. */
export function homePathFor(kind: SessionKind): string {
  switch (kind) {
    case "CITIZEN":
      return "/for/meg";
    case "CLINICIAN":
      return "/behandler";
    case "ORG_ADMIN":
      return "/admin";
  }
}

/**
 * A same-site path to go back to, or null. Only "/x..." paths pass: no scheme, no "//host", no
 * backslashes (browsers treat "/\\host" as another site), no control characters.
 */
export function safeLocalPath(input: unknown): string | null {
  if (typeof input !== "string" || input.length === 0 || input.length > 2000) return null;
  if (!input.startsWith("/") || input.startsWith("//") || input.includes("\\")) return null;
  if (/[\u0000-\u001f\u007f]/.test(input)) return null;
  return input;
}

/** The area each kind of user may be sent back to after sign-in. */
function pathFitsKind(path: string, kind: SessionKind): boolean {
  const inArea = (prefix: string) =>
    path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`);
  switch (kind) {
    case "CITIZEN":
      return inArea("/for");
    case "CLINICIAN":
      return inArea("/behandler");
    case "ORG_ADMIN":
      return inArea("/admin");
  }
}

/** After sign-in: the requested page if it is safe and belongs to this kind of user, else home. */
export function postSignInPath(requested: unknown, kind: SessionKind): string {
  const path = safeLocalPath(requested);
  return path && pathFitsKind(path, kind) ? path : homePathFor(kind);
}
