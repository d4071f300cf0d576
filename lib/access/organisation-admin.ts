import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";

type OrgAdmin = Extract<Actor, { kind: "ORG_ADMIN" }>;

/**
 * Only an admin of the organisation configures it (messaging, release rules); anyone else gets
 * "not found". Admins configure; they never read health data.
 */
export function asAdminOf(actor: Actor, organisationId: string): OrgAdmin {
  if (actor.kind !== "ORG_ADMIN" || !actor.organisationIds.includes(organisationId))
    throw new AccessDeniedError("not_admin");
  return actor;
}
