import type { ReactNode } from "react";
import { ActingForSwitcher } from "@/components/proxy/acting-for-switcher";
import { AppShell } from "@/components/shell/app-shell";
import { MainNav } from "@/components/shell/main-nav";
import { CITIZEN_NAV_ITEMS, navItemsForSubject } from "@/components/shell/nav-items";
import { requireActor } from "@/lib/access/current-actor";
import { actingForOptions, subjectAccess } from "@/lib/access/subject-access";
import { showNotFound } from "@/app/_lib/or-not-found";

/**
 * The citizen portal's shell for one subject: yourself ("meg") or a person you act for. The subject
 * is in the path, so two tabs acting for two people never mix. Someone you may not act for is
 * "not found". Pages still pass the access gate themselves: this layout only draws.
 */
export default async function CitizenLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ subject: string }>;
}) {
  const { subject } = await params;
  await requireActor("CITIZEN");
  const overview = await subjectAccess(subject);
  if (!overview) showNotFound();
  const options = await actingForOptions(subject);
  const items = navItemsForSubject(CITIZEN_NAV_ITEMS, overview);
  return (
    <AppShell
      subject={
        overview.isSelf
          ? null
          : { name: `${overview.subject.givenName} ${overview.subject.familyName}` }
      }
      switcher={<ActingForSwitcher options={options} currentPersonId={overview.subject.id} />}
      nav={<MainNav items={items} basePath={`/for/${subject}`} />}
    >
      {children}
    </AppShell>
  );
}
