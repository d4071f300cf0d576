import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { requireCitizenSide } from "./citizen-side";
import type { Db } from "@/lib/db/client";
import type { NotificationChannel, NotificationKind } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from "@/lib/notifications/notification-kinds";

/** A checkbox field per kind and channel: "varsel-APPOINTMENTS-SMS" is posted as "on" when ticked. */
export const settingField = (kind: NotificationKind, channel: NotificationChannel) =>
  `varsel-${kind}-${channel}`;

export const notificationSettingsSchema = z.object({
  subject: z.string().min(1).max(64),
  settings: z
    .array(
      z.object({
        kind: z.enum(NOTIFICATION_KINDS),
        channel: z.enum(NOTIFICATION_CHANNELS),
        enabled: z.boolean(),
      }),
    )
    .length(NOTIFICATION_KINDS.length * NOTIFICATION_CHANNELS.length),
});

/** Reads every kind × channel from a posted form: an unticked box is simply absent (off). */
export function readSettings(formData: FormData) {
  return NOTIFICATION_KINDS.flatMap((kind) =>
    NOTIFICATION_CHANNELS.map((channel) => ({
      kind,
      channel,
      enabled: formData.get(settingField(kind, channel)) === "on",
    })),
  );
}

/**
 * Saves the person's notification choices, one row per kind and channel, in one statement (an
 * upsert, so two saves at once leave one row each, the last one winning). PROFILE, UPDATE: the
 * person or a parent of a young child; never a proxy.
 */
export async function updateNotificationSettings(
  db: Db,
  actor: Actor,
  input: z.infer<typeof notificationSettingsSchema>,
  now = new Date(),
) {
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "PROFILE", action: "UPDATE" },
    async (tx, access) => {
      requireCitizenSide(access);
      const personId = access.subject.id;
      const kinds = input.settings.map((s) => s.kind);
      const channels = input.settings.map((s) => s.channel);
      const enabled = input.settings.map((s) => s.enabled);
      await tx.$executeRaw`
      INSERT INTO notification_setting (person_id, kind, channel, enabled, changed_at)
      SELECT ${personId}::uuid, k::"NotificationKind", c::"NotificationChannel", e, ${now}::timestamptz
      FROM unnest(${kinds}::text[], ${channels}::text[], ${enabled}::boolean[]) AS t(k, c, e)
      ON CONFLICT (person_id, kind, channel) DO UPDATE SET enabled = EXCLUDED.enabled, changed_at = EXCLUDED.changed_at`;
      // The grid is now the whole truth: the older per-channel switches no longer override it.
      await tx.person.update({
        where: { id: personId },
        data: { notifyByEmail: true, notifyBySms: true },
        select: { id: true },
      });
      access.item("notification_settings", personId);
    },
    { now },
  );
}
