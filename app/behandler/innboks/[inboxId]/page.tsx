import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { isUuid, param, type SearchParams } from "@/app/_lib/params";
import { getMessageFormat } from "@/components/messages/format";
import { TableFrame } from "@/components/table/table-frame";
import { inboxPaths } from "@/app/_lib/paths";
import { requireActor } from "@/lib/access/current-actor";
import { NotFoundError } from "@/lib/access/errors";
import { getDb } from "@/lib/db/client";
import { listInboxThreads, type InboxView } from "@/lib/messages/list-inbox-threads";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages.inbox");
  return { title: t("title") };
}

/**
 * One inbox as a work list: waiting threads oldest first with how long each has waited, or the
 * answered ones. Only the patients on the page shown are logged. Links do not prefetch: opening a
 * thread is recorded, so only a click may open it.
 */
export default async function InboxPage({
  params,
  searchParams,
}: {
  params: Promise<{ inboxId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { inboxId } = await params;
  const sp = await searchParams;
  const view: InboxView = param(sp, "vis") === "besvart" ? "answered" : "waiting";
  const after = param(sp, "etter");
  const actor = await requireActor("CLINICIAN");
  const now = new Date();
  const list = await orNotFound(
    isUuid(inboxId)
      ? listInboxThreads(getDb(), actor, { inboxId, view, after }, now)
      : Promise.reject(new NotFoundError()),
  );
  const t = await getTranslations("messages");
  const f = await getMessageFormat();
  const vis = view === "answered" ? "besvart" : undefined;

  return (
    <>
      <p>
        <Link href={inboxPaths.overview}>{t("inbox.back")}</Link>
      </p>
      <h1>{list.inbox.name}</h1>
      <p>
        {list.inbox.backupName
          ? t("inbox.deadline", {
              hours: list.inbox.openWithinHours,
              backup: list.inbox.backupName,
            })
          : t("inbox.deadlineNoBackup", { hours: list.inbox.openWithinHours })}
      </p>
      <nav aria-label={t("inbox.views")} className="flex flex-wrap gap-4">
        <Link
          href={inboxPaths.inbox(inboxId)}
          aria-current={view === "waiting" ? "page" : undefined}
        >
          {t("inbox.viewWaiting")}
        </Link>
        <Link
          href={inboxPaths.inbox(inboxId, { vis: "besvart" })}
          aria-current={view === "answered" ? "page" : undefined}
        >
          {t("inbox.viewAnswered")}
        </Link>
      </nav>
      {list.threads.length === 0 ? (
        <p>{t("inbox.empty")}</p>
      ) : (
        <TableFrame
          label={t("inbox.caption", { inbox: list.inbox.name })}
          caption={t("inbox.caption", { inbox: list.inbox.name })}
        >
          <thead>
            <tr>
              <th scope="col">{t("inbox.colPatient")}</th>
              <th scope="col">{t("inbox.colTopic")}</th>
              <th scope="col">{t("inbox.colWaited")}</th>
              <th scope="col">{t("inbox.colStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {list.threads.map((r) => (
              <tr key={r.id}>
                <td>
                  <Link href={inboxPaths.thread(r.id)} prefetch={false}>
                    {r.patientName}
                  </Link>
                  <br />
                  <span className="text-muted">
                    {t("inbox.born", { date: f.birthDate(r.patientBirthDate) })}
                  </span>
                </td>
                <td>{r.topic}</td>
                <td>{r.waitedMs === null ? "–" : f.waited(r.waitedMs)}</td>
                <td>
                  {t(`status.${r.status}`)}
                  {r.status !== "answered" && r.arrivedBy !== "ROUTED" ? (
                    <>
                      <br />
                      <strong>
                        {t(r.arrivedBy === "BACKUP" ? "status.backup" : "status.forwarded")}
                      </strong>
                    </>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      <nav aria-label={t("list.pages")} className="mt-4 flex flex-wrap gap-4">
        {after ? <Link href={inboxPaths.inbox(inboxId, { vis })}>{t("inbox.first")}</Link> : null}
        {list.next ? (
          <Link href={inboxPaths.inbox(inboxId, { vis, etter: list.next })}>
            {t("inbox.older")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
