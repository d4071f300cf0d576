import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";

/**
 * Shielding (sperring): a patient blocks named health personnel from their record until they lift
 * it. The gate refuses a shielded clinician everything, emergency access included. It is the
 * person's own setting (category PROFILE): a proxy cannot shield for someone; a parent of a young
 * child can, as for the rest of the child's profile.
 */

const clinicianSelect = {
  id: true,
  givenName: true,
  familyName: true,
  profession: true,
  memberships: { select: { unit: { select: { name: true } } }, orderBy: { unit: { name: "asc" } } },
} as const;

/** Who can be shielded: staff of the units the person has (or had) a care relation with. */
const reachableBy = (personId: string) => ({
  memberships: { some: { unit: { careRelations: { some: { personId } } } } },
});

export async function listShieldings(db: Db, actor: Actor, subject: string, now = new Date()) {
  return withAccess(
    db,
    actor,
    { subject, category: "PROFILE", action: "READ" },
    async (tx, access) => {
      const personId = access.subject.id;
      const active = await tx.shielding.findMany({
        where: { personId, liftedAt: null },
        orderBy: { createdAt: "asc" },
        select: { clinicianId: true, createdAt: true, clinician: { select: clinicianSelect } },
      });
      const shielded = new Set(active.map((s) => s.clinicianId));
      const candidates = await tx.clinician.findMany({
        where: reachableBy(personId),
        orderBy: [{ familyName: "asc" }, { givenName: "asc" }],
        select: clinicianSelect,
      });
      // One active row per clinician: the partial unique index (migration shielding_one_active).
      return {
        active,
        candidates: candidates.filter((c) => !shielded.has(c.id)),
      };
    },
    { now },
  );
}

export const shieldingSchema = z.object({
  subject: z.string().min(1).max(64),
  clinicianId: z.uuid(),
});

/** Shields one clinician. Only someone the person could meet in care can be chosen. */
export async function shieldClinician(
  db: Db,
  actor: Actor,
  input: z.infer<typeof shieldingSchema>,
  now = new Date(),
) {
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "PROFILE", action: "CREATE" },
    async (tx, access) => {
      const personId = access.subject.id;
      const clinician = await tx.clinician.findFirst({
        where: { id: input.clinicianId, ...reachableBy(personId) },
        select: { id: true },
      });
      if (!clinician) throw new NotFoundError("clinician");
      // The partial unique index (one active per person and clinician) decides between two
      // simultaneous posts: the second insert does nothing and both answer with the same shielding.
      await tx.shielding.createMany({
        data: [{ personId, clinicianId: clinician.id, createdAt: now }],
        skipDuplicates: true,
      });
      const shielding = await tx.shielding.findFirstOrThrow({
        where: { personId, clinicianId: clinician.id, liftedAt: null },
        select: { id: true },
      });
      access.item("shielding", shielding.id);
      return shielding;
    },
    { now },
  );
}

/** Lifts the shielding of one clinician; returns false if there was none. */
export async function liftShielding(
  db: Db,
  actor: Actor,
  input: z.infer<typeof shieldingSchema>,
  now = new Date(),
) {
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "PROFILE", action: "UPDATE" },
    async (tx, access) => {
      const { count } = await tx.shielding.updateMany({
        where: { personId: access.subject.id, clinicianId: input.clinicianId, liftedAt: null },
        data: { liftedAt: now },
      });
      if (count === 0) throw new NotFoundError("shielding");
      access.item("clinician", input.clinicianId);
      return true;
    },
    { now },
  );
}
