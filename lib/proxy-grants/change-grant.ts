import type { Db } from "@/lib/db/client";
import { UUID } from "@/lib/ids/uuid";
import type { DataCategory, ProxyLevel } from "@/lib/generated/prisma/enums";
import { SELF_SUBJECT, type Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import {
  GrantRefusedError,
  grantChanges,
  granteeRefusal,
  grantorRefusal,
  hasChanges,
  normaliseCategories,
  type GrantChanges,
  type GrantRefusal,
} from "./grant-rules";

export type ChangeGrantInput = {
  grantId: string;
  level: ProxyLevel;
  categories: readonly DataCategory[];
  validUntil: Date | null;
};

export type ChangeGrantResult =
  | { ok: true; changes: GrantChanges }
  | { ok: false; reason: GrantRefusal | "not_citizen" | "no_categories" | "until_in_past" };

/**
 * The grantor changes a grant's level, categories or last day. The grant is edited, never duplicated:
 * the version it replaces is kept in proxy_grant_version, and both people's logs get the change.
 * The row is locked first, so two changes at once apply one after the other, each with its history.
 * Only the grantor's grants that are not ended can be changed; anything else throws NotFoundError.
 * The same rules as for giving apply (a grantor who lost consent competence can only end it).
 */
export async function changeProxyGrant(
  db: Db,
  actor: Actor,
  input: ChangeGrantInput,
  now = new Date(),
): Promise<ChangeGrantResult> {
  if (actor.kind !== "CITIZEN") return { ok: false, reason: "not_citizen" };
  if (!UUID.test(input.grantId)) throw new NotFoundError("proxy_grant");
  const categories = normaliseCategories(input.categories);
  if (categories.length === 0) return { ok: false, reason: "no_categories" };
  if (input.validUntil && input.validUntil <= now) return { ok: false, reason: "until_in_past" };
  const next = { level: input.level, categories, validUntil: input.validUntil };

  try {
    return await withAccess(
      db,
      actor,
      { subject: SELF_SUBJECT, category: "PROFILE", action: "UPDATE" },
      async (tx, access) => {
        const grantor = access.subject;
        const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM proxy_grant
        WHERE id = ${input.grantId}::uuid AND grantor_id = ${grantor.id}::uuid AND ended_at IS NULL
        FOR UPDATE`;
        if (locked.length === 0) throw new NotFoundError("proxy_grant");
        const grant = await tx.proxyGrant.findUniqueOrThrow({
          where: { id: input.grantId },
          select: {
            id: true,
            version: true,
            level: true,
            categories: true,
            validFrom: true,
            validUntil: true,
            grantee: {
              select: {
                id: true,
                birthDate: true,
                deathDate: true,
                addressProtection: true,
                consentCompetent: true,
              },
            },
          },
        });
        const refused = grantorRefusal(grantor, now) ?? granteeRefusal(grantor, grant.grantee, now);
        if (refused) throw new GrantRefusedError(refused);

        const changes = grantChanges(grant, next);
        // Nothing to change: no new version, and nothing for the log to tell.
        if (!hasChanges(changes)) throw new NothingChanged();

        await tx.proxyGrantVersion.create({
          data: {
            grantId: grant.id,
            version: grant.version,
            level: grant.level,
            categories: grant.categories,
            validFrom: grant.validFrom,
            validUntil: grant.validUntil,
            replacedAt: now,
            replacedById: grantor.id,
          },
        });
        await tx.proxyGrant.update({
          where: { id: grant.id },
          data: { ...next, version: { increment: 1 } },
        });
        access.item("proxy_grant", grant.id);
        access.alsoConcerns(grant.grantee.id);
        return { ok: true, changes } as const;
      },
      { now },
    );
  } catch (error) {
    if (error instanceof NothingChanged) return { ok: true, changes: {} };
    if (error instanceof GrantRefusedError && error.reason !== "grantee_has_grant")
      return { ok: false, reason: error.reason };
    throw error;
  }
}

class NothingChanged extends Error {}
