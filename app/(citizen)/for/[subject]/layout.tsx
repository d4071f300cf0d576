import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { MainNav } from "@/components/shell/main-nav";
import { CITIZEN_NAV_ITEMS } from "@/components/shell/nav-items";

/**
 * The citizen portal's shell. It draws; it does not authorize (every page calls requireSignedIn
 * and, later, the access gate). For now only "meg" exists; acting for others comes with the gate,
 * which will also pass the subject's name (for the banner) and the real nav statuses.
 */
export default async function CitizenLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ subject: string }>;
}) {
  const { subject } = await params;
  if (subject !== "meg") notFound();
  return (
    <AppShell subject={null} nav={<MainNav items={CITIZEN_NAV_ITEMS} basePath={`/for/${subject}`} />}>
      {children}
    </AppShell>
  );
}
