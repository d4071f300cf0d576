import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { isUuid, param, type SearchParams } from "@/app/_lib/params";
import { FormalRequestHistory } from "@/components/formal-requests/history";
import { getFormalRequestFormat } from "@/components/formal-requests/format";
import { formalRequestPaths } from "@/app/_lib/paths";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { getOwnFormalRequest } from "@/lib/formal-requests/get-own-request";
import { isOverdue } from "@/lib/formal-requests/limits";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("formalRequests.meta");
  return { title: t("request") };
}

/** One formal request: what was asked, the deadline, the status, the answer and the history. */
export default async function FormalRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ subject: string; id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { subject, id } = await params;
  if (!isUuid(id)) showNotFound();
  const actor = await requireActor("CITIZEN");
  const now = new Date();
  const r = await orNotFound(getOwnFormalRequest(getDb(), actor, subject, id, now));
  const sent = param(await searchParams, "sendt") === "1";
  const t = await getTranslations("formalRequests");
  const f = await getFormalRequestFormat();
  const answered = r.status === "ANSWERED" || r.status === "REFUSED";
  const answeredBy = r.answeredBy
    ? `${r.answeredBy.givenName} ${r.answeredBy.familyName}, ${r.unit.name}`
    : r.unit.name;

  return (
    <>
      {sent ? (
        <div role="status" className="alert alert-success">
          <p className="m-0">{t("list.sent", { unit: r.unit.name, date: f.day(r.answerDue) })}</p>
        </div>
      ) : null}
      <h1>{t("detail.title", { kind: t(`kind.${r.kind}`), unit: r.unit.name })}</h1>
      <dl className="facts">
        <dt>{t("detail.status")}</dt>
        <dd>{t(`status.${r.status}`)}</dd>
        <dt>{t("detail.received")}</dt>
        <dd>{f.moment(r.receivedAt)}</dd>
        <dt>{t("detail.deadline")}</dt>
        <dd>{f.day(r.answerDue)}</dd>
      </dl>
      {isOverdue(r.answerDue, r.status, now) ? (
        <div className="alert alert-warning mt-4">
          <p className="m-0">{t("detail.overdue")}</p>
        </div>
      ) : null}

      <h2>{r.status === "REFUSED" ? t("detail.refusedTitle") : t("detail.answerTitle")}</h2>
      {answered ? (
        <>
          <p className="text-muted">
            {t("detail.answeredBy", { name: answeredBy, date: f.moment(r.answeredAt ?? now) })}
          </p>
          <p className="max-w-prose whitespace-pre-line">{r.answer}</p>
          {r.status === "REFUSED" ? (
            <div className="alert">
              <p className="m-0 max-w-prose">{t("detail.complaint")}</p>
            </div>
          ) : null}
        </>
      ) : (
        <p>{t("detail.noAnswerYet")}</p>
      )}

      <h2>{t("detail.asked")}</h2>
      <dl className="facts">
        <dt>{t("detail.kind")}</dt>
        <dd>{t(`kindLong.${r.kind}`)}</dd>
        <dt>{t("detail.unit")}</dt>
        <dd>
          {r.unit.name === r.unit.organisation.name
            ? r.unit.name
            : `${r.unit.name}, ${r.unit.organisation.name}`}
        </dd>
        <dt>{t("detail.concerns")}</dt>
        <dd className="break-words whitespace-pre-line">{r.concerns}</dd>
        {r.correction ? (
          <>
            <dt>{t("detail.correction")}</dt>
            <dd className="break-words whitespace-pre-line">{r.correction}</dd>
          </>
        ) : null}
        <dt>{t("detail.reason")}</dt>
        <dd className="break-words whitespace-pre-line">{r.reason ?? t("detail.noReason")}</dd>
        {r.filedByOther ? (
          <>
            <dt>{t("detail.filedBy")}</dt>
            <dd>{r.filedByOther}</dd>
          </>
        ) : null}
      </dl>

      <FormalRequestHistory events={r.events} format={f} />
      <p className="mt-6">
        <Link href={formalRequestPaths(subject).list}>{t("detail.back")}</Link>
      </p>
    </>
  );
}
