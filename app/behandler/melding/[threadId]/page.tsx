import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { isUuid, param, type SearchParams } from "@/app/_lib/params";
import {
  ClinicianReplyForm,
  ForwardForm,
} from "@/app/behandler/melding/[threadId]/_components/clinician-thread-forms";
import { getMessageFormat } from "@/components/messages/format";
import { MessageList } from "@/components/messages/message-list";
import { inboxPaths, renewalPaths } from "@/app/_lib/paths";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { NotFoundError } from "@/lib/access/errors";
import { getDb } from "@/lib/db/client";
import { FORWARD_NOTE_MAX, MESSAGE_MAX } from "@/lib/messages/limits";
import { openThread } from "@/lib/messages/open-thread";
import { clinicianReplyAction, forwardAction, markDoneAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages.thread");
  return { title: t("metaTitle") };
}

const SAVED = { svart: "replied", videresendt: "forwarded", avsluttet: "done" } as const;

/**
 * A thread for the clinician. Viewing it in one's own inbox opens it (who and when are kept, the
 * backup clock stops). Reply, forward and close; where it has been; earlier threads one click away.
 */
export default async function ClinicianThreadPage({
  params,
  searchParams,
}: {
  params: Promise<{ threadId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { threadId } = await params;
  const actor = await requireActor("CLINICIAN");
  const thread = await orNotFound(
    isUuid(threadId)
      ? openThread(getDb(), actor, { threadId })
      : Promise.reject(new NotFoundError()),
  );
  const saved = param(await searchParams, "utfort");
  const savedKey = saved && saved in SAVED ? SAVED[saved as keyof typeof SAVED] : null;
  const t = await getTranslations("messages");
  const f = await getMessageFormat();

  return (
    <>
      <p>
        <Link href={inboxPaths.inbox(thread.inbox.id)}>
          {t("clinicianThread.back", { inbox: thread.inbox.name })}
        </Link>
      </p>
      {savedKey ? (
        <div role="status" className="alert alert-success">
          <p className="m-0">{t(`clinicianThread.saved.${savedKey}`)}</p>
        </div>
      ) : null}
      <h1>{t("clinicianThread.title", { topic: thread.topic, patient: thread.patient.name })}</h1>
      {thread.openRenewalRequestId ? (
        <div className="card">
          <p className="m-0">{t("clinicianThread.renewal")}</p>
          <p className="mb-0">
            <Link href={renewalPaths.request(thread.openRenewalRequestId)}>
              {t("clinicianThread.renewalLink")}
            </Link>
          </p>
        </div>
      ) : null}
      <dl className="facts">
        <dt>{t("clinicianThread.patient")}</dt>
        <dd>
          {thread.patient.name}, {t("inbox.born", { date: f.birthDate(thread.patient.birthDate) })}
        </dd>
        <dt>{t("clinicianThread.unit")}</dt>
        <dd>{thread.unitName}</dd>
        <dt>{t("clinicianThread.inbox")}</dt>
        <dd>
          {thread.inbox.name}
          {thread.arrivedBy === "BACKUP" ? ` – ${t("status.backup")}` : ""}
        </dd>
        <dt>{t("inbox.colStatus")}</dt>
        <dd>
          {thread.doneAt
            ? t("clinicianThread.done", { when: f.dateTime(thread.doneAt) })
            : thread.openedAt && thread.openedBy
              ? t("clinicianThread.openedBy", {
                  name: thread.openedBy,
                  when: f.dateTime(thread.openedAt),
                })
              : t("clinicianThread.notOpened")}
        </dd>
      </dl>

      <MessageList
        label={t("thread.messagesLabel")}
        attachmentsLabel={t("attachments.listLabel")}
        messages={thread.messages.map((m) => ({
          ...m,
          authorLabel:
            m.author.kind === "unit"
              ? `${m.author.unitName} (${m.author.clinicianName})`
              : f.author(m.author),
          when: f.dateTime(m.createdAt),
          attachments: m.attachments.map((a) => ({
            ...a,
            href: inboxPaths.attachment(thread.id, a.id),
            sizeLabel: f.size(a.size),
          })),
        }))}
      />

      {thread.canAct ? (
        <ClientMessages namespaces={["messages"]}>
          <h2>{t("clinicianThread.replyTitle")}</h2>
          <ClinicianReplyForm
            action={clinicianReplyAction}
            threadId={thread.id}
            unitName={thread.unitName}
            max={MESSAGE_MAX}
          />
          <h2>{t("clinicianThread.forwardTitle")}</h2>
          <ForwardForm
            action={forwardAction}
            threadId={thread.id}
            targets={thread.forwardTargets}
            noteMax={FORWARD_NOTE_MAX}
          />
          <h2>{t("clinicianThread.doneTitle")}</h2>
          <p>{t("clinicianThread.doneHint")}</p>
          <form action={markDoneAction}>
            <input type="hidden" name="threadId" value={thread.id} />
            <button type="submit" className="btn">
              {t("clinicianThread.markDone")}
            </button>
          </form>
        </ClientMessages>
      ) : thread.status === "OPEN" ? (
        <p>{t("clinicianThread.cannotAct", { inbox: thread.inbox.name })}</p>
      ) : null}

      <h2>{t("clinicianThread.historyTitle")}</h2>
      <ol>
        {thread.hops.map((h) => (
          <li key={h.hop}>
            {h.reason === "ROUTED"
              ? t("clinicianThread.hopRouted", { when: f.dateTime(h.at), to: h.to })
              : h.reason === "BACKUP"
                ? t("clinicianThread.hopBackup", {
                    when: f.dateTime(h.at),
                    from: h.from ?? "",
                    to: h.to,
                  })
                : t("clinicianThread.hopForwarded", {
                    when: f.dateTime(h.at),
                    from: h.from ?? "",
                    to: h.to,
                    by: h.by ?? "",
                  })}
            {h.note ? (
              <>
                {": "}
                <q>{h.note}</q>
              </>
            ) : null}
          </li>
        ))}
      </ol>

      <h2>{t("clinicianThread.earlierTitle")}</h2>
      {thread.earlier.length === 0 ? (
        <p>{t("clinicianThread.earlierNone")}</p>
      ) : (
        <ul>
          {thread.earlier.map((e) => (
            <li key={e.id}>
              <Link href={inboxPaths.thread(e.id)} prefetch={false}>
                {t("clinicianThread.earlierItem", {
                  topic: e.topic,
                  unit: e.unitName,
                  when: f.dateTime(e.lastMessageAt),
                })}
              </Link>
              {e.done ? ` (${t("clinicianThread.earlierDone")})` : ""}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
