import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";

// The clinician area's shell. Pages authorize (requireSignedIn("CLINICIAN")), not this layout.
export default function ClinicianLayout({ children }: { children: ReactNode }) {
  return <AppShell>{children}</AppShell>;
}
