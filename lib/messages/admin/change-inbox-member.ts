import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { asAdminOf } from "@/lib/access/organisation-admin";

/**
 * Adds or removes a member of an inbox. Only the unit's own clinicians can be members (they have
 * the unit's care relations); a personal inbox keeps its owner. Recorded with who and when.
 */
export async function changeInboxMember(
  db: Db,
  actor: Actor,
  input: { organisationId: string; inboxId: string; clinicianId: string; add: boolean },
  now = new Date(),
): Promise<void> {
  const admin = asAdminOf(actor, input.organisationId);
  await db.$transaction(
    async (tx) => {
      const inbox = await tx.inbox.findFirst({
        where: {
          id: input.inboxId,
          organisationId: input.organisationId,
          unit: { memberships: { some: { clinicianId: input.clinicianId } } },
        },
        select: { id: true, ownerClinicianId: true },
      });
      if (!inbox || (!input.add && inbox.ownerClinicianId === input.clinicianId))
        throw new NotFoundError("inbox member");
      if (input.add) {
        await tx.inboxMember.createMany({
          data: [{ inboxId: inbox.id, clinicianId: input.clinicianId }],
          skipDuplicates: true,
        });
      } else {
        await tx.inboxMember.deleteMany({
          where: { inboxId: inbox.id, clinicianId: input.clinicianId },
        });
      }
      await tx.messagingConfigChange.create({
        data: {
          organisationId: input.organisationId,
          clinicianId: admin.clinicianId,
          action: input.add ? "member_added" : "member_removed",
          at: now,
          detail: { inboxId: inbox.id, clinicianId: input.clinicianId },
        },
      });
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
