import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { requireCitizenSide } from "./citizen-side";
import type { Db } from "@/lib/db/client";
import type { NotificationChannel, NotificationKind } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from "@/lib/notifications/notification-kinds";

export type NotificationSettingView = {
  kind: NotificationKind;
  channel: NotificationChannel;
  enabled: boolean;
};

/**
 * The person's own page: contact details, notification settings per kind and channel, language and
 * the "vis svarene mine med en gang" choice. PROFILE, READ (the person, or a parent of a young
 * child; never a proxy). Statements: the gate's facts, one read (relations joined), the log entry.
 */
export async function getProfile(db: Db, actor: Actor, subject: string, now = new Date()) {
  return withAccess(
    db,
    actor,
    { subject, category: "PROFILE", action: "READ" },
    async (tx, access) => {
      requireCitizenSide(access);
      const person = await tx.person.findUniqueOrThrow({
        where: { id: access.subject.id },
        select: {
          phone: true,
          email: true,
          preferredLocale: true,
          notifyByEmail: true,
          notifyBySms: true,
          notificationSettings: { select: { kind: true, channel: true, enabled: true } },
          labReleasePreference: { select: { showAtOnce: true } },
        },
      });
      access.item("profile", access.subject.id);
      // No row means on; the old per-channel switch still turns a whole channel off.
      const channelOn = { EMAIL: person.notifyByEmail, SMS: person.notifyBySms } as const;
      const settings: NotificationSettingView[] = NOTIFICATION_KINDS.flatMap((kind) =>
        NOTIFICATION_CHANNELS.map((channel) => {
          const row = person.notificationSettings.find(
            (s) => s.kind === kind && s.channel === channel,
          );
          return { kind, channel, enabled: channelOn[channel] && (row?.enabled ?? true) };
        }),
      );
      return {
        isSelf: access.basis === "SELF",
        phone: person.phone,
        email: person.email,
        preferredLocale: person.preferredLocale,
        settings,
        showAtOnce: person.labReleasePreference?.showAtOnce ?? false,
      };
    },
    { now },
  );
}

export type ProfileView = Awaited<ReturnType<typeof getProfile>>;
