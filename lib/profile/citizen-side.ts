import { AccessDeniedError } from "@/lib/access/errors";
import type { Access } from "@/lib/access/gate";

/**
 * The person's own page is theirs (SELF), or a parent's for a young child (PARENTAL, which the gate
 * gives for PROFILE only under 12). A clinician's care relation reaches PROFILE to know who the
 * patient is, not to read or change their settings, so it is refused here like anything else.
 */
export function requireCitizenSide(access: Pick<Access, "basis">): void {
  if (access.basis !== "SELF" && access.basis !== "PARENTAL")
    throw new AccessDeniedError("own_profile_only");
}
