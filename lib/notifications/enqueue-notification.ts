import type { Tx } from "@/lib/db/client";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";

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
  | "formal_request_answered"
  /** Results became visible to the patient (no analysis, value or unit named). */
  | "lab_results_ready";

/** What decides where a person is notified: their contact details and their choices. */
export const NOTIFICATION_CHOICE_FIELDS = { email: true, phone: true, notifyByEmail: true, notifyBySms: true } as const;

/** The channels a person wants and can be reached on; every notification asks this one rule. */
export function notificationChannels(person: { email: string | null; phone: string | null; notifyByEmail: boolean; notifyBySms: boolean }): NotificationChannel[] {
  const channels: NotificationChannel[] = [];
  if (person.email && person.notifyByEmail) channels.push("EMAIL");
  if (person.phone && person.notifyBySms) channels.push("SMS");
  return channels;
}

/**
 * Writes the outbox rows for one change, in the caller's transaction. The dedupe key makes it
 * exactly once per change and channel, even if the same change is processed twice.
 */
export async function enqueueNotification(
  tx: Tx,
  input: { personId: string; template: NotificationTemplate; changeKey: string },
): Promise<number> {
  const person = await tx.person.findUnique({ where: { id: input.personId }, select: NOTIFICATION_CHOICE_FIELDS });
  if (!person) return 0;
  const channels = notificationChannels(person);
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
