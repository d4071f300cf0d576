import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { param, type SearchParams } from "@/app/_lib/params";
import { getFormalRequestFormat } from "@/components/formal-requests/format";
import { formalRequestWorkPaths } from "@/app/_lib/paths";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { listFormalRequestWorkList } from "@/lib/formal-requests/work-list";
import { decodeCursor, encodeCursor } from "@/lib/messages/cursor";
import { osloDateKey } from "@/lib/time/oslo";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("formalRequests.meta");
  return { title: t("workList") };
}

/** The open formal requests of the clinician's units, the earliest deadline first, a page at a time. */
export default async function FormalRequestWorkListPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requireActor("CLINICIAN");
  const now = new Date();
  const after = decodeCursor(param(await searchParams, "etter"));
  const { items, next } = await orNotFound(
    listFormalRequestWorkList(getDb(), actor, { after }, now),
  );
  const t = await getTranslations("formalRequests");
  const f = await getFormalRequestFormat();
  const manyUnits = actor.units.length > 1;
  const today = osloDateKey(now);

  return (
    <>
      <h1>{t("clinician.title")}</h1>
      <p className="max-w-prose">{t("clinician.intro")}</p>
      {items.length === 0 ? (
        <p>{t("clinician.empty")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {items.map((r) => {
            const name = `${r.patient.givenName} ${r.patient.familyName}`;
            const dueToday = r.answerDue.toISOString().slice(0, 10) === today;
            return (
              <li key={r.id} className="card">
                <h2 className="mt-0 text-xl">
                  <Link href={formalRequestWorkPaths.request(r.patient.id, r.id)}>
                    {t("clinician.heading", { name, kind: t(`kind.${r.kind}`) })}
                  </Link>
                </h2>
                <dl className="facts">
                  <dt>{t("clinician.deadline")}</dt>
                  <dd>
                    {f.day(r.answerDue)}
                    {r.overdue ? (
                      <strong className="block">{t("clinician.overdue")}</strong>
                    ) : dueToday ? (
                      <strong className="block">{t("clinician.dueToday")}</strong>
                    ) : null}
                  </dd>
                  <dt>{t("clinician.status")}</dt>
                  <dd>{t(`status.${r.status}`)}</dd>
                  <dt>{t("detail.concerns")}</dt>
                  <dd className="break-words">{r.excerpt}</dd>
                  <dt>{t("clinician.patient")}</dt>
                  <dd>{`${name}, ${t("clinician.born", { date: f.birthDate(r.patient.birthDate) })}`}</dd>
                  <dt>{t("clinician.received")}</dt>
                  <dd>{f.moment(r.receivedAt)}</dd>
                  {manyUnits ? (
                    <>
                      <dt>{t("clinician.unit")}</dt>
                      <dd>{r.unitName}</dd>
                    </>
                  ) : null}
                </dl>
              </li>
            );
          })}
        </ul>
      )}
      <nav aria-label={t("meta.workList")} className="mt-6 flex flex-wrap gap-4">
        {after ? (
          <Link href={formalRequestWorkPaths.workList()}>{t("clinician.first")}</Link>
        ) : null}
        {next ? (
          <Link href={formalRequestWorkPaths.workList(encodeCursor(next))}>
            {t("clinician.next")}
          </Link>
        ) : null}
      </nav>
    </>
  );
}
