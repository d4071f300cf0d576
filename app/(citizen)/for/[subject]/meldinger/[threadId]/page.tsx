import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { isUuid, param, type SearchParams } from "@/app/_lib/params";
import { CitizenReplyForm } from "@/app/(citizen)/for/[subject]/meldinger/[threadId]/_components/citizen-reply-form";
import { getMessageFormat } from "@/components/messages/format";
import { MessageList } from "@/components/messages/message-list";
import { messagePaths } from "@/app/_lib/paths";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { NotFoundError } from "@/lib/access/errors";
import { getDb } from "@/lib/db/client";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/lib/messages/clean-attachments";
import { getThread } from "@/lib/messages/get-thread";
import { MESSAGE_MAX } from "@/lib/messages/limits";
import { addWorkingDays } from "@/lib/time/working-days";
import { replyAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages");
  return { title: t("thread.metaTitle") };
}

/** One conversation: every message with who wrote it, attachments, and a reply while it is open. */
export default async function ThreadPage({
  params,
  searchParams,
}: {
  params: Promise<{ subject: string; threadId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { subject, threadId } = await params;
  const actor = await requireActor("CITIZEN");
  const thread = await orNotFound(
    isUuid(threadId)
      ? getThread(getDb(), actor, { subject, threadId })
      : Promise.reject(new NotFoundError()),
  );
  const overview = await subjectAccess(subject);
  const canWrite = overview?.actionable.includes("MESSAGES") ?? false;
  const sent = param(await searchParams, "sendt") === "1";
  const t = await getTranslations("messages");
  const f = await getMessageFormat();
  const paths = messagePaths(subject);
  const last = thread.messages[thread.messages.length - 1];
  const awaitingReply = thread.open && last?.author.kind === "citizen";

  return (
    <>
      <p>
        <Link href={paths.list()}>{t("thread.back")}</Link>
      </p>
      {sent ? (
        <div role="status" className="alert alert-success">
          <p className="m-0">{t("thread.sent", { unit: thread.unitName })}</p>
        </div>
      ) : null}
      <h1>{t("thread.title", { topic: thread.topic, unit: thread.unitName })}</h1>
      {awaitingReply && last ? (
        <p>
          {t("thread.expectReply", {
            date: f.day(addWorkingDays(last.createdAt, thread.replyWorkingDays)),
          })}
        </p>
      ) : null}
      <MessageList
        messages={thread.messages.map((m) => ({
          ...m,
          authorLabel: f.author(m.author),
          when: f.dateTime(m.createdAt),
          attachments: m.attachments.map((a) => ({
            ...a,
            href: paths.attachment(thread.id, a.id),
            sizeLabel: f.size(a.size),
          })),
        }))}
        label={t("thread.messagesLabel")}
        attachmentsLabel={t("attachments.listLabel")}
      />
      <h2>{t("thread.replyTitle")}</h2>
      {!thread.open ? (
        <p>
          {t("thread.closed")} <Link href={paths.compose()}>{t("list.new")}</Link>
        </p>
      ) : canWrite ? (
        <ClientMessages
          namespaces={[
            "messages.thread",
            "messages.errors",
            "messages.attachments",
            "messages.compose",
          ]}
        >
          <CitizenReplyForm
            action={replyAction}
            subject={subject}
            threadId={thread.id}
            max={MESSAGE_MAX}
            maxAttachments={MAX_ATTACHMENTS}
            maxAttachmentMb={MAX_ATTACHMENT_BYTES / 1024 / 1024}
          />
        </ClientMessages>
      ) : (
        <p>{t("list.readOnly")}</p>
      )}
    </>
  );
}
