import type { NotificationChannel, NotificationKind } from "@/lib/generated/prisma/enums";
import type { NotificationTemplate } from "./enqueue-notification";

export const NOTIFICATION_KINDS = [
  "APPOINTMENTS",
  "MESSAGES",
  "RESULTS",
] as const satisfies readonly NotificationKind[];
export const NOTIFICATION_CHANNELS = [
  "SMS",
  "EMAIL",
] as const satisfies readonly NotificationChannel[];

/**
 * Which of the person's settings each template falls under. A Record, so a new template does not
 * compile until someone decides which setting switches it off.
 */
export const TEMPLATE_KIND: Record<NotificationTemplate, NotificationKind> = {
  appointment_booked: "APPOINTMENTS",
  appointment_changed: "APPOINTMENTS",
  appointment_cancelled: "APPOINTMENTS",
  // An answer from the unit, like a message: it says only that something is waiting.
  medication_renewal_answered: "MESSAGES",
  message_received: "MESSAGES",
  // The answer to an innsyn or retting request: an answer from the unit, like a message.
  formal_request_answered: "MESSAGES",
  // New results are visible: the results setting, whoever released them.
  lab_results_ready: "RESULTS",
  lab_result_corrected: "RESULTS",
};

/** The kind of a stored template name; unknown names (an older row) count as messages. */
export function kindOfTemplate(template: string): NotificationKind {
  return (TEMPLATE_KIND as Record<string, NotificationKind>)[template] ?? "MESSAGES";
}

/** A setting row's key, as the worker's claim query returns switched-off pairs. */
export const settingKey = (kind: NotificationKind, channel: NotificationChannel) =>
  `${kind}:${channel}`;
