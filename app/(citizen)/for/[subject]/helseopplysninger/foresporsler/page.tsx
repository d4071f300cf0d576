import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { getFormalRequestFormat } from "@/components/formal-requests/format";
import { formalRequestPaths } from "@/app/_lib/paths";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { isOverdue } from "@/lib/formal-requests/limits";
import { listOwnFormalRequests, OWN_LIST_LIMIT } from "@/lib/formal-requests/list-own-requests";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("formalRequests.meta");
  return { title: t("list") };
}

/** Innsyn og retting: the person's formal requests with status, deadline and answer, and "Ny forespørsel". */
export default async function FormalRequestsPage({
  params,
}: {
  params: Promise<{ subject: string }>;
}) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const overview = await subjectAccess(subject);
  if (!overview?.readable.includes("FORMAL_REQUESTS")) showNotFound();
  const now = new Date();
  const rows = await orNotFound(listOwnFormalRequests(getDb(), actor, subject, now));
  const t = await getTranslations("formalRequests");
  const f = await getFormalRequestFormat();
  const paths = formalRequestPaths(subject);
  const name = `${overview.subject.givenName} ${overview.subject.familyName}`;

  return (
    <>
      <h1>{overview.isSelf ? t("list.title") : t("list.titleOther", { name })}</h1>
      <p className="max-w-prose">{t("list.intro")}</p>
      <p className="max-w-prose">{t("list.deadlineRule")}</p>
      {overview.actionable.includes("FORMAL_REQUESTS") ? (
        <p>
          <Link href={paths.new} className="btn btn-primary">
            {t("list.new")}
          </Link>
        </p>
      ) : null}

      <h2>{overview.isSelf ? t("list.yours") : t("list.theirs")}</h2>
      {rows.length === 0 ? (
        <p>{overview.isSelf ? t("list.empty") : t("list.emptyOther", { name })}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {rows.map((r) => {
            const overdue = isOverdue(r.answerDue, r.status, now);
            return (
              <li key={r.id} className="card">
                <h3 className="mt-0 text-xl">
                  <Link href={paths.request(r.id)}>
                    {t("list.heading", { kind: t(`kind.${r.kind}`), unit: r.unit.name })}
                  </Link>
                </h3>
                <dl className="facts">
                  <dt>{t("list.status")}</dt>
                  <dd>
                    {t(`status.${r.status}`)}
                    {r.answeredAt
                      ? `, ${t("list.answeredOn", { date: f.moment(r.answeredAt) })}`
                      : null}
                  </dd>
                  <dt>{t("list.received")}</dt>
                  <dd>{f.moment(r.receivedAt)}</dd>
                  <dt>{t("list.deadline")}</dt>
                  <dd>
                    {f.day(r.answerDue)}
                    {overdue ? <strong className="block">{t("list.overdue")}</strong> : null}
                  </dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      {rows.length === OWN_LIST_LIMIT ? (
        <p className="text-muted">{t("list.limited", { count: OWN_LIST_LIMIT })}</p>
      ) : null}
    </>
  );
}
