import { createTranslator } from "use-intl/core";
import type { Tx } from "@/lib/db/client";
import { dateFormatter } from "@/lib/i18n/formatters";
import { loadMessages } from "@/lib/i18n/load-messages";
import type medications from "@/lib/i18n/messages/nb/medications.json";
import { openCitizenThread } from "@/lib/messages/open-citizen-thread";
import { RECEIVES_MESSAGES } from "@/lib/messages/recipients";

/** The message topic a unit receives prescription matters under (seeded per GP practice). */
export const RENEWAL_TOPIC = "Resept";

// Stored messages are read by the unit's staff, so they are written in bokmål, the working language,
// through the same catalogue and formatter as every page (outside a request, so not getTranslations).
const textOf = () =>
  createTranslator({
    locale: "nb",
    messages: loadMessages("nb") as unknown as { medications: typeof medications },
    namespace: "medications.renewalThread",
  });
const calendarDay = dateFormatter("nb-NO", "calendarDay");

/**
 * Puts a new renewal request in the unit's inbox as a thread under "Resept", opened like any
 * citizen's message (`openCitizenThread`: routed, waiting, with its deadline), written by whoever
 * asked. A unit without that topic, or without a shared inbox to route to, gets none: the request
 * is in the renewal work list either way. In the caller's transaction. Returns the thread's id, or
 * null.
 */
export async function openRenewalThread(
  tx: Tx,
  input: {
    requestId: string;
    personId: string;
    unitId: string;
    requestedById: string;
    medication: string;
    note: string | null;
    now: Date;
  },
): Promise<string | null> {
  const { now, personId, unitId } = input;
  const topic = await tx.messageTopic.findFirst({
    // A unit without a shared inbox has nowhere to route it: the request stands on its own.
    where: { unitId, label: RENEWAL_TOPIC, active: true, unit: RECEIVES_MESSAGES },
    select: { id: true },
  });
  if (!topic) return null;
  const t = textOf();
  const body = [
    t("request", { medication: input.medication }),
    input.note ? t("note", { note: input.note }) : null,
  ]
    .filter(Boolean)
    .join("\n\n");
  const { threadId } = await openCitizenThread(tx, {
    personId,
    unitId,
    topicId: topic.id,
    authorPersonId: input.requestedById,
    body,
    now,
  });
  await tx.medicationRenewalRequest.update({
    where: { id: input.requestId },
    data: { threadId },
    select: { id: true },
  });
  return threadId;
}

/**
 * The decision as the unit's answer in the request's thread, which it then closes: the thread leaves
 * the inbox's waiting list and the backup sweep, and the patient reads the answer in Meldinger too.
 * No notification of its own: the decision already sends one.
 */
export async function answerRenewalThread(
  tx: Tx,
  input: {
    threadId: string;
    clinicianId: string;
    medication: string;
    decision: { kind: "RENEW"; newEndDate: Date } | { kind: "DECLINE"; reason: string };
    now: Date;
  },
): Promise<void> {
  const { now, clinicianId, threadId } = input;
  const t = textOf();
  const body =
    input.decision.kind === "RENEW"
      ? t("renewed", {
          medication: input.medication,
          date: calendarDay.format(input.decision.newEndDate),
        })
      : t("declined", { medication: input.medication, reason: input.decision.reason });
  await tx.message.create({
    data: { threadId, authorClinicianId: clinicianId, asUnit: true, body, createdAt: now },
    select: { id: true },
  });
  await tx.$executeRaw`
    UPDATE message_thread
       SET status = 'DONE', done_at = ${now}::timestamptz, done_by_id = ${clinicianId}::uuid,
           waiting_since = NULL, open_due_at = NULL,
           last_message_at = ${now}::timestamptz, last_staff_message_at = ${now}::timestamptz,
           opened_at = COALESCE(opened_at, ${now}::timestamptz),
           opened_by_id = COALESCE(opened_by_id, ${clinicianId}::uuid)
     WHERE id = ${threadId}::uuid`;
}
