import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { asAdminOf } from "@/lib/access/organisation-admin";

/**
 * Points a routing rule (unit + topic) at another inbox of the same unit, and says whether the
 * patient's responsible clinician's personal inbox goes first. Recorded with who and when.
 */
export async function updateRoutingRule(
  db: Db,
  actor: Actor,
  input: { organisationId: string; ruleId: string; inboxId: string; preferResponsible: boolean },
  now = new Date(),
): Promise<void> {
  const admin = asAdminOf(actor, input.organisationId);
  await db.$transaction(
    async (tx) => {
      const rule = await tx.routingRule.findFirst({
        where: { id: input.ruleId, organisationId: input.organisationId },
        select: { id: true, unitId: true, inboxId: true, preferResponsible: true },
      });
      if (!rule) throw new NotFoundError("rule");
      const inbox = await tx.inbox.findFirst({
        where: { id: input.inboxId, unitId: rule.unitId },
        select: { id: true },
      });
      if (!inbox) throw new NotFoundError("inbox");
      await tx.routingRule.update({
        where: { id: rule.id },
        data: { inboxId: inbox.id, preferResponsible: input.preferResponsible },
      });
      await tx.messagingConfigChange.create({
        data: {
          organisationId: input.organisationId,
          clinicianId: admin.clinicianId,
          action: "routing_rule",
          at: now,
          detail: {
            ruleId: rule.id,
            inbox: { from: rule.inboxId, to: inbox.id },
            preferResponsible: { from: rule.preferResponsible, to: input.preferResponsible },
          },
        },
      });
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
