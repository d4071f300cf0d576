import type { ReactNode } from "react";
import { homePathFor } from "@/lib/auth/return-path";
import { getSignedInSession } from "@/lib/auth/session";
import { secondsUntil } from "@/lib/auth/idle";
import { SiteHeader } from "./site-header";

type Props = {
  children: ReactNode;
  /** The main navigation for the area, if any. */
  nav?: ReactNode;
  /** The person being acted for, when it is not the signed-in user. */
  subject?: { name: string } | null;
  /** The "act on behalf of" control, for citizens who may act for someone. */
  switcher?: ReactNode;
};

/**
 * Header + <main id="hovedinnhold"> for any page or area layout. It reads the (per-request cached)
 * session only to show who is signed in; it authorizes nothing — pages call requireSignedIn.
 */
export async function AppShell({ children, nav, subject = null, switcher }: Props) {
  const session = await getSignedInSession();
  const actor = session
    ? {
        name: session.displayName,
        kind: session.kind,
        secondsLeft: secondsUntil(session.expiresAt, new Date()),
      }
    : null;
  return (
    <>
      <SiteHeader
        actor={actor}
        subject={subject}
        homeHref={session ? homePathFor(session.kind) : "/"}
        nav={nav}
        switcher={switcher}
      />
      <main id="hovedinnhold" tabIndex={-1} className="container-page flex-1 py-6">
        {children}
      </main>
    </>
  );
}
