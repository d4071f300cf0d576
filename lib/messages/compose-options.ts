import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { addWorkingDays } from "@/lib/time/working-days";
import { writableUnitWhere } from "./recipients";

/**
 * What "Ny melding" offers: the units this person may write to (their care relations reveal where
 * they are treated, so this goes through the gate), each with its topics and the Oslo day by which
 * the unit promises a reply if the message is sent now.
 */
export async function getComposeOptions(
  db: Db,
  actor: Actor,
  input: { subject: string },
  now = new Date(),
) {
  if (actor.kind !== "CITIZEN") throw new AccessDeniedError("not_citizen");
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "MESSAGES", action: "READ" },
    async (tx, access) => {
      const units = await tx.unit.findMany({
        where: writableUnitWhere(access.subject.id, now),
        orderBy: [{ organisation: { name: "asc" } }, { name: "asc" }],
        select: {
          id: true,
          name: true,
          replyWorkingDays: true,
          organisation: { select: { name: true } },
          messageTopics: {
            where: { active: true },
            orderBy: [{ sortOrder: "asc" }, { label: "asc" }],
            select: { id: true, label: true },
          },
        },
      });
      return units
        .filter((u) => u.messageTopics.length > 0)
        .map((u) => ({
          id: u.id,
          name: u.name,
          organisationName: u.organisation.name,
          replyWorkingDays: u.replyWorkingDays,
          replyBy: addWorkingDays(now, u.replyWorkingDays),
          topics: u.messageTopics,
        }));
    },
    { now },
  );
}

export type ComposeUnit = Awaited<ReturnType<typeof getComposeOptions>>[number];
