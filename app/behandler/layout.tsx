import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { MainNav } from "@/components/shell/main-nav";
import { CLINICIAN_NAV_ITEMS } from "@/components/shell/nav-items";

// The clinician area's shell. Pages authorize (requireSignedIn("CLINICIAN")), not this layout.
export default function ClinicianLayout({ children }: { children: ReactNode }) {
  return (
    <AppShell nav={<MainNav items={CLINICIAN_NAV_ITEMS} basePath="/behandler" />}>
      {children}
    </AppShell>
  );
}
