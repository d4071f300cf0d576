import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { asAdminOf } from "@/lib/access/organisation-admin";

/**
 * An organisation's messaging set-up for its admin: inboxes (members, backup, deadline), routing
 * rules per unit and topic, the unit's clinicians, and the latest changes. Never any message,
 * thread or patient: counts of nothing, names of staff only. Constant queries.
 */
export async function getMessagingConfig(db: Db, actor: Actor, organisationId: string) {
  const admin = asAdminOf(actor, organisationId);
  const organisation = await db.organisation.findUnique({
    where: { id: organisationId },
    select: {
      id: true,
      name: true,
      units: {
        orderBy: { name: "asc" },
        select: {
          id: true,
          name: true,
          kind: true,
          messagesFromAnyone: true,
          memberships: {
            select: {
              clinician: {
                select: { id: true, givenName: true, familyName: true, profession: true },
              },
            },
          },
          routingRules: {
            orderBy: { topic: { sortOrder: "asc" } },
            select: {
              id: true,
              preferResponsible: true,
              inboxId: true,
              topic: { select: { label: true } },
            },
          },
        },
      },
      inboxes: {
        orderBy: [{ kind: "asc" }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          kind: true,
          unitId: true,
          openWithinHours: true,
          backupInboxId: true,
          members: {
            select: { clinician: { select: { id: true, givenName: true, familyName: true } } },
          },
        },
      },
      messagingChanges: {
        orderBy: { at: "desc" },
        take: 20,
        select: {
          id: true,
          at: true,
          action: true,
          detail: true,
          clinician: { select: { givenName: true, familyName: true } },
        },
      },
    },
  });
  if (!organisation) throw new NotFoundError("organisation");
  void admin;
  return {
    ...organisation,
    messagingChanges: organisation.messagingChanges.map((c) => ({ ...c, id: String(c.id) })),
  };
}

export type MessagingConfig = Awaited<ReturnType<typeof getMessagingConfig>>;
