import { headers } from "next/headers";
import { CURRENT_PATH_HEADER } from "./current-path-header";
import { safeLocalPath } from "./return-path";

/**
 * The page the request is for, for "come back here" links and redirects. Falls back to a
 * same-origin Referer (a server action posted from a page), then to null.
 */
export async function currentPath(): Promise<string | null> {
  const h = await headers();
  const fromProxy = safeLocalPath(h.get(CURRENT_PATH_HEADER));
  if (fromProxy) return fromProxy;
  const referer = h.get("referer");
  const host = h.get("host");
  if (referer && host) {
    try {
      const url = new URL(referer);
      if (url.host === host) return safeLocalPath(url.pathname + url.search);
    } catch {
      // Not a URL: ignore.
    }
  }
  return null;
}
