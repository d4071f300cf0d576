import "server-only";
import { orNotFound } from "@/app/_lib/or-not-found";
import { isUuid } from "@/app/_lib/params";
import type { Actor } from "@/lib/access/actor";
import { requireActor } from "@/lib/access/current-actor";
import { NotFoundError } from "@/lib/access/errors";
import { getDb, type Db } from "@/lib/db/client";

/**
 * An admin page's read for the organisation in its URL: the signed-in organisation admin, the id
 * checked before it reaches the database, and "not found" for a malformed id or anyone who is not
 * that organisation's admin.
 */
export async function readForOrganisationAdmin<T>(
  params: Promise<{ organisationId: string }>,
  read: (db: Db, actor: Actor, organisationId: string) => Promise<T>,
): Promise<T> {
  const { organisationId } = await params;
  const actor = await requireActor("ORG_ADMIN");
  return orNotFound(
    isUuid(organisationId)
      ? read(getDb(), actor, organisationId)
      : Promise.reject(new NotFoundError()),
  );
}
