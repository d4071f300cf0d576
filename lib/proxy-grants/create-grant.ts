import type { Db } from "@/lib/db/client";
import type { DataCategory, ProxyLevel } from "@/lib/generated/prisma/enums";
import { SELF_SUBJECT, type Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { allowsRealNationalIds } from "@/lib/auth/deployment";
import { parseNationalId } from "@/lib/identity/national-id";
import {
  GrantRefusedError,
  granteeRefusal,
  grantorRefusal,
  normaliseCategories,
  type GrantRefusal,
} from "./grant-rules";

const partySelect = {
  id: true,
  familyName: true,
  birthDate: true,
  deathDate: true,
  addressProtection: true,
  consentCompetent: true,
} as const;

export type CreateGrantInput = {
  granteeNationalId: string;
  granteeFamilyName: string;
  level: ProxyLevel;
  categories: readonly DataCategory[];
  validUntil: Date | null;
};

export type CreateGrantResult =
  | { ok: true; grantId: string }
  /** The grantee already holds a grant from this grantor: change that one instead. */
  | { ok: false; reason: "grantee_has_grant"; grantId: string }
  | { ok: false; reason: GrantRefusal | "not_citizen" | "no_categories" | "until_in_past" };

/**
 * A citizen gives a proxy for their own account. Only for themself: a proxy never passes on access,
 * and children who may not consent cannot grant. The grantee is found by national id + family name.
 *
 * It is an access to the grantor's PROFILE through the gate, the lookup included, and both people's
 * logs get the entry. One grant per pair is not ended (a partial unique index): the insert skips on
 * conflict, so of simultaneous posts one creates it and the rest are told it exists.
 */
export async function createProxyGrant(
  db: Db,
  actor: Actor,
  input: CreateGrantInput,
  now = new Date(),
  attempt = 1,
): Promise<CreateGrantResult> {
  if (actor.kind !== "CITIZEN") return { ok: false, reason: "not_citizen" };
  const categories = normaliseCategories(input.categories);
  if (categories.length === 0) return { ok: false, reason: "no_categories" };
  if (input.validUntil && input.validUntil <= now) return { ok: false, reason: "until_in_past" };

  const parsed = parseNationalId(input.granteeNationalId, { allowReal: allowsRealNationalIds() });
  try {
    return await withAccess(
      db,
      actor,
      { subject: SELF_SUBJECT, category: "PROFILE", action: "CREATE" },
      async (tx, access) => {
        const grantor = access.subject;
        const refusedGrantor = grantorRefusal(grantor, now);
        if (refusedGrantor) throw new GrantRefusedError(refusedGrantor);

        const granteeRow = parsed.ok
          ? await tx.person.findUnique({ where: { nationalId: parsed.value }, select: partySelect })
          : null;
        const nameMatches =
          granteeRow !== null &&
          granteeRow.familyName.localeCompare(input.granteeFamilyName.trim(), "nb", {
            sensitivity: "base",
          }) === 0;
        const grantee = nameMatches ? granteeRow : null;
        const refusedGrantee = granteeRefusal(grantor, grantee, now);
        if (refusedGrantee || !grantee)
          throw new GrantRefusedError(refusedGrantee ?? "grantee_not_eligible");

        const [created] = await tx.proxyGrant.createManyAndReturn({
          data: [
            {
              grantorId: grantor.id,
              granteeId: grantee.id,
              level: input.level,
              categories,
              validFrom: now,
              validUntil: input.validUntil,
            },
          ],
          skipDuplicates: true,
          select: { id: true },
        });
        if (!created) {
          const existing = await tx.proxyGrant.findFirst({
            where: { grantorId: grantor.id, granteeId: grantee.id, endedAt: null },
            select: { id: true },
          });
          throw new GrantRefusedError("grantee_has_grant", existing?.id);
        }
        access.item("proxy_grant", created.id);
        access.alsoConcerns(grantee.id);
        return { ok: true, grantId: created.id } as const;
      },
      { now },
    );
  } catch (error) {
    if (!(error instanceof GrantRefusedError)) throw error;
    if (error.reason !== "grantee_has_grant") return { ok: false, reason: error.reason };
    // Ended between the skipped insert and the look-up (a race with "Avslutt"): give it again.
    if (!error.grantId && attempt < 3) return createProxyGrant(db, actor, input, now, attempt + 1);
    if (!error.grantId) throw error;
    return { ok: false, reason: "grantee_has_grant", grantId: error.grantId };
  }
}
