import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";

type OrgAdmin = Extract<Actor, { kind: "ORG_ADMIN" }>;

/** Only an admin of the organisation configures its messaging; anyone else gets "not found". */
export function asAdminOf(actor: Actor, organisationId: string): OrgAdmin {
  if (actor.kind !== "ORG_ADMIN" || !actor.organisationIds.includes(organisationId))
    throw new AccessDeniedError("not_admin");
  return actor;
}

/** Opening deadlines an admin may set, in hours (the database checks the same range). */
export const OPEN_WITHIN_MIN_HOURS = 1;
export const OPEN_WITHIN_MAX_HOURS = 336;
