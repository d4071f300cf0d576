import type { DbOrTx } from "@/lib/db/client";
import type { NotificationChannel } from "@/lib/generated/prisma/enums";
import { isLocale, type Locale } from "@/lib/i18n/locale";
import en from "@/lib/i18n/messages/en/notifications.json";
import nb from "@/lib/i18n/messages/nb/notifications.json";
import { kindOfTemplate, settingKey } from "./notification-kinds";
import type { NotificationTransport } from "./transports";

const TEXTS: Record<Locale, Record<string, string>> = { nb, en };
const SUBJECT: Record<Locale, string> = { nb: "Nytt i HelsaMi", en: "New in HelsaMi" };

export const MAX_ATTEMPTS = 8;
/** A worker holds a claimed row this long; a crashed worker's claim runs out and another retries. */
export const CLAIM_MS = 5 * 60_000;

/** 30 s, 1 min, 2 min, … capped at an hour. */
export function backoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

export type DeliveryResult = { sent: number; failed: number; gaveUp: number; skipped: number };

type Claimed = {
  id: string;
  channel: NotificationChannel;
  template: string;
  attempts: number;
  email: string | null;
  phone: string | null;
  preferred_locale: string;
  /** The person's switched-off (kind, channel) pairs now, as "KIND:CHANNEL". */
  switched_off: string[];
  /** Registered as dead since the row was queued. */
  deceased: boolean;
};

/** Why a row was not sent: the person switched its kind off for this channel after it was queued. */
export const SWITCHED_OFF = "switched off by the person";
/** Why a row was not sent: the person has died (their phone or e-mail may now be someone else's). */
export const DECEASED = "the person has died";

/**
 * Delivers the outbox. Rows are claimed with SKIP LOCKED and a lease, so two workers never send the
 * same row at once; a row is marked sent only by the worker holding its claim, right after the
 * transport accepted it. A failure is retried with exponential backoff, up to MAX_ATTEMPTS.
 * (A crash between the provider's acceptance and the mark is the one window left: providers get
 * the row id as an idempotency key for exactly that case.)
 */
export async function deliverNotifications(
  db: DbOrTx,
  transport: NotificationTransport,
  now: () => Date = () => new Date(),
  batchSize = 100,
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0, gaveUp: 0, skipped: 0 };
  const at = now();
  const claimed = await db.$queryRaw<Claimed[]>`
    WITH due AS (
      SELECT n.id FROM notification n
      WHERE n.sent_at IS NULL AND n.failed_at IS NULL
        AND (n.next_attempt_at IS NULL OR n.next_attempt_at <= ${at}::timestamptz)
        AND (n.claimed_until IS NULL OR n.claimed_until < ${at}::timestamptz)
      ORDER BY n.created_at, n.id
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE notification n SET claimed_until = ${new Date(at.getTime() + CLAIM_MS)}::timestamptz, attempts = n.attempts + 1
    FROM due, person p
    WHERE n.id = due.id AND p.id = n.person_id
    RETURNING n.id, n.channel::text AS channel, n.template, n.attempts, p.email, p.phone, p.preferred_locale,
      p.death_date IS NOT NULL AS deceased,
      ARRAY(SELECT s.kind::text || ':' || s.channel::text FROM notification_setting s
            WHERE s.person_id = p.id AND NOT s.enabled) AS switched_off`;
  for (const row of claimed) {
    const locale: Locale = isLocale(row.preferred_locale) ? row.preferred_locale : "nb";
    const to = row.channel === "EMAIL" ? row.email : row.phone;
    const text = TEXTS[locale][row.template];
    const switchedOff = (row.switched_off ?? []).includes(
      settingKey(kindOfTemplate(row.template), row.channel),
    );
    if (row.deceased || switchedOff) {
      // Queued before the person died or switched it off: never sent, never retried.
      await db.$executeRaw`UPDATE notification SET claimed_until = NULL, failed_at = ${now()}::timestamptz, last_error = ${row.deceased ? DECEASED : SWITCHED_OFF}
        WHERE id = ${row.id}::uuid AND sent_at IS NULL`;
      result.skipped++;
      continue;
    }
    try {
      if (!to)
        throw new Error(
          `no ${row.channel === "EMAIL" ? "e-mail address" : "phone number"} any more`,
        );
      if (!text) throw new Error(`no text for template ${row.template}`);
      await transport.send({
        id: row.id,
        channel: row.channel,
        to,
        subject: SUBJECT[locale],
        text,
      });
      await db.$executeRaw`UPDATE notification SET sent_at = ${now()}::timestamptz, claimed_until = NULL, last_error = NULL WHERE id = ${row.id}::uuid AND sent_at IS NULL`;
      result.sent++;
    } catch (error) {
      const giveUp = row.attempts >= MAX_ATTEMPTS;
      const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await db.$executeRaw`
        UPDATE notification SET claimed_until = NULL, last_error = ${message},
          next_attempt_at = ${new Date(now().getTime() + backoffMs(row.attempts))}::timestamptz,
          failed_at = ${giveUp ? now() : null}::timestamptz
        WHERE id = ${row.id}::uuid AND sent_at IS NULL`;
      if (giveUp) result.gaveUp++;
      else result.failed++;
    }
  }
  return result;
}
