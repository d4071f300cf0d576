import type { Tx } from "@/lib/db/client";
import type { NotificationChannel, NotificationKind } from "@/lib/generated/prisma/enums";
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
  | "formal_request_answered"
  /** Results became visible to the patient (no analysis, value or unit named). */
  | "lab_results_ready"
  /** The laboratory corrected a result the patient was already told about (nothing of it named). */
  | "lab_result_corrected";

/** What decides where a person is notified: their contact details and their choices. */
export const NOTIFICATION_CHOICE_FIELDS = {
  email: true,
  phone: true,
  notifyByEmail: true,
  notifyBySms: true,
} as const;

/** The contact fields plus the channels the person switched off for one kind (no row: on). */
export function notificationChoiceSelect(kind: NotificationKind) {
  return {
    ...NOTIFICATION_CHOICE_FIELDS,
    notificationSettings: { where: { kind, enabled: false }, select: { channel: true } },
  } as const;
}

type NotificationChoices = {
  email: string | null;
  phone: string | null;
  notifyByEmail: boolean;
  notifyBySms: boolean;
  notificationSettings?: readonly { channel: NotificationChannel }[];
};

/** The channels a person wants and can be reached on; every notification asks this one rule. */
export function notificationChannels(person: NotificationChoices): NotificationChannel[] {
  const off = new Set((person.notificationSettings ?? []).map((s) => s.channel));
  const channels: NotificationChannel[] = [];
  if (person.email && person.notifyByEmail && !off.has("EMAIL")) channels.push("EMAIL");
  if (person.phone && person.notifyBySms && !off.has("SMS")) channels.push("SMS");
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
  // The person's per-kind choice is read here; the worker checks again before sending.
  const person = await tx.person.findUnique({
    where: { id: input.personId },
    select: { deathDate: true, ...notificationChoiceSelect(TEMPLATE_KIND[input.template]) },
  });
  // Nobody is notified after their death: their phone or e-mail may now be someone else's.
  if (!person || person.deathDate) return 0;
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
