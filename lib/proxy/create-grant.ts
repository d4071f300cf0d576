import type { Db } from "@/lib/db/client";
import type { DataCategory, ProxyLevel } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/access/actor";
import { allowsRealNationalIds } from "@/lib/auth/deployment";
import { parseNationalId } from "@/lib/identity/national-id";
import { granteeRefusal, grantorRefusal, normaliseCategories, type GrantRefusal } from "./grant-rules";

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
  | { ok: false; reason: GrantRefusal | "not_citizen" | "no_categories" | "until_in_past" };

/**
 * A citizen gives a proxy for their own account. Only for themself: a proxy never passes on access,
 * and children who may not consent cannot grant. The grantee is found by national id + family name.
 */
export async function createProxyGrant(
  db: Db,
  actor: Actor,
  input: CreateGrantInput,
  now = new Date(),
): Promise<CreateGrantResult> {
  if (actor.kind !== "CITIZEN") return { ok: false, reason: "not_citizen" };
  const categories = normaliseCategories(input.categories);
  if (categories.length === 0) return { ok: false, reason: "no_categories" };
  if (input.validUntil && input.validUntil <= now) return { ok: false, reason: "until_in_past" };

  const parsed = parseNationalId(input.granteeNationalId, { allowReal: allowsRealNationalIds() });
  const [grantor, granteeRow] = await Promise.all([
    db.person.findUnique({ where: { id: actor.personId }, select: partySelect }),
    parsed.ok ? db.person.findUnique({ where: { nationalId: parsed.value }, select: partySelect }) : null,
  ]);
  if (!grantor) return { ok: false, reason: "not_citizen" };
  const refusedGrantor = grantorRefusal(grantor, now);
  if (refusedGrantor) return { ok: false, reason: refusedGrantor };

  const nameMatches =
    granteeRow !== null &&
    granteeRow.familyName.localeCompare(input.granteeFamilyName.trim(), "nb", { sensitivity: "base" }) === 0;
  const refusedGrantee = granteeRefusal(grantor, nameMatches ? granteeRow : null, now);
  if (refusedGrantee) return { ok: false, reason: refusedGrantee };

  const grant = await db.proxyGrant.create({
    data: {
      grantorId: grantor.id,
      granteeId: granteeRow!.id,
      level: input.level,
      categories,
      validFrom: now,
      validUntil: input.validUntil,
    },
    select: { id: true },
  });
  return { ok: true, grantId: grant.id };
}
