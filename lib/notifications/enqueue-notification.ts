import type { Tx } from "@/lib/db/client";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { TEMPLATE_KIND } from "./notification-kinds";

/**
 * Template keys for SMS/e-mail. The texts (lib/i18n/messages/<locale>/notifications.json) only say that
 * something new is waiting: never the unit, the time, a result or anything else about health.
 */
export type NotificationTemplate =
  | "appointment_booked"
  | "appointment_changed"
  | "appointment_cancelled"
  /** A renewal request was answered (renewed or declined: the text does not say which). */
  | "medication_renewal_answered"
  | "message_received"
  /** A formal request (innsyn, retting, sletting) was answered or refused: the text does not say which. */
  | "formal_request_answered";

/**
 * Writes the outbox rows for one change, in the caller's transaction. The dedupe key makes it
 * exactly once per change and channel, even if the same change is processed twice.
 */
export async function enqueueNotification(
  tx: Tx,
  input: { personId: string; template: NotificationTemplate; changeKey: string },
): Promise<number> {
  const person = await tx.person.findUnique({
    where: { id: input.personId },
    select: {
      email: true,
      phone: true,
      notifyByEmail: true,
      notifyBySms: true,
      // The person's per-kind choice (no row: on); the worker checks again before sending.
      notificationSettings: { where: { kind: TEMPLATE_KIND[input.template], enabled: false }, select: { channel: true } },
    },
  });
  if (!person) return 0;
  const off = new Set(person.notificationSettings.map((s) => s.channel));
  const channels: NotificationChannel[] = [];
  if (person.email && person.notifyByEmail && !off.has("EMAIL")) channels.push("EMAIL");
  if (person.phone && person.notifyBySms && !off.has("SMS")) channels.push("SMS");
  if (channels.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: channels.map((channel) => ({
      personId: input.personId,
      channel,
      template: input.template,
      dedupeKey: `${input.changeKey}:${channel}`,
    })),
    skipDuplicates: true,
  });
  return count;
}
