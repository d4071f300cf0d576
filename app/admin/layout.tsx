import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";

// The organisation admin area's shell. Pages authorize (requireSignedIn("ORG_ADMIN")).
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <AppShell>{children}</AppShell>;
}
