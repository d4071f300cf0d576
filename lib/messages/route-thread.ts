import type { Tx } from "@/lib/db/client";

/**
 * Where a new thread goes, from the organisation's routing data: the rule for unit + topic; with
 * preferResponsible, the personal inbox of the patient's responsible clinician in the unit when
 * there is one; without a rule, the unit's shared inbox. Two queries, whatever the data size.
 */
export async function routeThread(
  tx: Tx,
  input: { unitId: string; topicId: string; personId: string },
): Promise<{ id: string; openWithinHours: number; unitId: string }> {
  const unit = await tx.unit.findUniqueOrThrow({
    where: { id: input.unitId },
    select: {
      inboxes: {
        where: { kind: "SHARED" },
        select: { id: true, openWithinHours: true, unitId: true },
        take: 1,
      },
      routingRules: {
        where: { topicId: input.topicId },
        select: {
          preferResponsible: true,
          inbox: { select: { id: true, openWithinHours: true, unitId: true } },
        },
        take: 1,
      },
      responsibleClinicians: {
        where: { personId: input.personId },
        select: {
          clinician: {
            select: {
              personalInboxes: {
                where: { unitId: input.unitId },
                select: { id: true, openWithinHours: true, unitId: true },
                take: 1,
              },
            },
          },
        },
        take: 1,
      },
    },
  });
  const rule = unit.routingRules[0];
  if (rule?.preferResponsible) {
    const personal = unit.responsibleClinicians[0]?.clinician.personalInboxes[0];
    if (personal) return personal;
  }
  if (rule) return rule.inbox;
  const shared = unit.inboxes[0];
  if (!shared) throw new Error(`unit ${input.unitId} has no shared inbox`);
  return shared;
}
