import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { param, type SearchParams } from "@/app/_lib/params";
import { getMessageFormat } from "@/components/messages/format";
import { messagePaths } from "@/app/_lib/paths";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { listThreads } from "@/lib/messages/list-threads";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages");
  return { title: t("list.title") };
}

/** Meldinger: the person's threads, newest activity first, unread said in words; keyset pages. */
export default async function MessagesPage({
  params,
  searchParams,
}: {
  params: Promise<{ subject: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const after = param(await searchParams, "etter");
  const { threads, next } = await orNotFound(listThreads(getDb(), actor, { subject, after }));
  const overview = await subjectAccess(subject);
  const canWrite = overview?.actionable.includes("MESSAGES") ?? false;
  const t = await getTranslations("messages");
  const f = await getMessageFormat();
  const paths = messagePaths(subject);

  return (
    <>
      <h1>{t("list.title")}</h1>
      {canWrite ? (
        <p>
          <Link href={paths.compose()} className="btn btn-primary">
            {t("list.new")}
          </Link>
        </p>
      ) : (
        <p>{t("list.readOnly")}</p>
      )}
      {threads.length === 0 ? (
        <p>{after ? t("list.noMore") : t("list.empty")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3" aria-label={t("list.label")}>
          {threads.map((thread) => (
            <li key={thread.id} className="card">
              <p className="m-0">
                <Link
                  href={paths.thread(thread.id)}
                  className={thread.state === "unread" ? "font-semibold" : undefined}
                >
                  {thread.topic}
                </Link>
                {" – "}
                {thread.unitName}
              </p>
              <p className="m-0 text-muted">
                <span className={thread.state === "unread" ? "font-semibold text-ink" : undefined}>
                  {t(`state.${thread.state}`)}
                </span>
                {" · "}
                {t("list.lastActivity", { when: f.dateTime(thread.lastMessageAt) })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label={t("list.pages")} className="mt-4 flex flex-wrap gap-4">
        {after ? <Link href={paths.list()}>{t("list.newest")}</Link> : null}
        {next ? <Link href={paths.list({ etter: next })}>{t("list.older")}</Link> : null}
      </nav>
    </>
  );
}
