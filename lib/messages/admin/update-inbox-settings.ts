import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { asAdminOf } from "@/lib/access/organisation-admin";
import { OPEN_WITHIN_MAX_HOURS, OPEN_WITHIN_MIN_HOURS } from "./open-within";

export class InboxSettingsError extends Error {
  constructor(readonly problem: "cycle" | "range" | "backup") {
    super(`inbox settings refused: ${problem}`);
    this.name = "InboxSettingsError";
  }
}

/** Whether setting `inboxId`'s backup to `backupId` would close a loop, given every inbox's backup. */
export function wouldCycle(
  backups: ReadonlyMap<string, string | null>,
  inboxId: string,
  backupId: string | null,
): boolean {
  const seen = new Set<string>([inboxId]);
  for (let next = backupId; next; next = backups.get(next) ?? null) {
    if (seen.has(next)) return true;
    seen.add(next);
  }
  return false;
}

/**
 * Sets an inbox's backup and opening deadline. Refused: a deadline out of range, a backup outside
 * the organisation, and any backup chain that would loop. The organisation's inbox rows are locked
 * first, so two admins changing backups at once cannot together build a loop. The change is
 * recorded with who and when.
 */
export async function updateInboxSettings(
  db: Db,
  actor: Actor,
  input: {
    organisationId: string;
    inboxId: string;
    backupInboxId: string | null;
    openWithinHours: number;
  },
  now = new Date(),
): Promise<void> {
  const admin = asAdminOf(actor, input.organisationId);
  if (
    !Number.isInteger(input.openWithinHours) ||
    input.openWithinHours < OPEN_WITHIN_MIN_HOURS ||
    input.openWithinHours > OPEN_WITHIN_MAX_HOURS
  ) {
    throw new InboxSettingsError("range");
  }
  await db.$transaction(
    async (tx) => {
      const inboxes = await tx.$queryRaw<
        { id: string; backup_inbox_id: string | null; open_within_hours: number }[]
      >`
      SELECT id, backup_inbox_id, open_within_hours FROM inbox WHERE organisation_id = ${input.organisationId}::uuid ORDER BY id FOR UPDATE`;
      const current = inboxes.find((i) => i.id === input.inboxId);
      if (!current) throw new NotFoundError("inbox");
      if (
        input.backupInboxId !== null &&
        (input.backupInboxId === input.inboxId ||
          !inboxes.some((i) => i.id === input.backupInboxId))
      ) {
        throw new InboxSettingsError("backup");
      }
      const backups = new Map(inboxes.map((i) => [i.id, i.backup_inbox_id]));
      if (wouldCycle(backups, input.inboxId, input.backupInboxId))
        throw new InboxSettingsError("cycle");
      await tx.inbox.update({
        where: { id: input.inboxId },
        data: { backupInboxId: input.backupInboxId, openWithinHours: input.openWithinHours },
      });
      await tx.messagingConfigChange.create({
        data: {
          organisationId: input.organisationId,
          clinicianId: admin.clinicianId,
          action: "inbox_settings",
          at: now,
          detail: {
            inboxId: input.inboxId,
            backup: { from: current.backup_inbox_id, to: input.backupInboxId },
            openWithinHours: { from: current.open_within_hours, to: input.openWithinHours },
          },
        },
      });
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
