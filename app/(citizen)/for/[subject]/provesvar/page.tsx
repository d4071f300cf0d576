import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { orNotFound } from "@/app/_lib/or-not-found";
import { param, type SearchParams } from "@/app/_lib/params";
import { getLabFormat } from "@/components/lab-results/format";
import { labPaths } from "@/app/_lib/paths";
import { ResultCard } from "@/components/lab-results/result-card";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { listLabResults, parseCursor } from "@/lib/record/lab-results/list-lab-results";
import { setShowAtOnceAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("labResults.meta");
  return { title: t("list") };
}

/** Prøvesvar: requisitions newest first, each analysis as the release rules allow. Through the gate, logged. */
export default async function LabResultsPage({
  params,
  searchParams,
}: {
  params: Promise<{ subject: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { subject } = await params;
  const query = await searchParams;
  const actor = await requireActor("CITIZEN");
  const now = new Date();
  const cursorText = param(query, "fra");
  const page = await orNotFound(
    listLabResults(getDb(), actor, subject, { cursor: parseCursor(cursorText), now }),
  );
  const overview = await subjectAccess(subject);
  const t = await getTranslations("labResults");
  const f = await getAppointmentFormat(now);
  const lf = await getLabFormat();
  const paths = labPaths(subject);
  const changed = param(query, "endret");
  const name = overview ? `${overview.subject.givenName} ${overview.subject.familyName}` : "";

  return (
    <>
      {changed === "pa" || changed === "av" ? (
        <div role="status" className="alert alert-success">
          <p>{t(changed === "pa" ? "choice.doneOn" : "choice.doneOff")}</p>
        </div>
      ) : null}
      <h1>{overview?.isSelf === false ? t("list.titleOther", { name }) : t("list.title")}</h1>
      <p className="max-w-prose">{t("list.intro")}</p>

      {page.canChoose ? (
        <section aria-labelledby="vis-med-en-gang" className="card max-w-prose">
          <h2 id="vis-med-en-gang" className="mt-0">
            {t("choice.title")}
          </h2>
          <p>{t("choice.body")}</p>
          <p className="font-semibold">{t(page.showAtOnce ? "choice.isOn" : "choice.isOff")}</p>
          <form action={setShowAtOnceAction}>
            <input type="hidden" name="subject" value={subject} />
            <input type="hidden" name="showAtOnce" value={page.showAtOnce ? "nei" : "ja"} />
            <button type="submit" className="btn">
              {t(page.showAtOnce ? "choice.turnOff" : "choice.turnOn")}
            </button>
          </form>
        </section>
      ) : null}

      {page.requisitions.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <ul role="list" className="plain-list mt-6 grid gap-4">
          {page.requisitions.map((r) => (
            <li key={r.id} className="card">
              <h2 className="mt-0 text-xl">
                {t("list.requisition", { date: f.dateTime(r.takenAt) })}
              </h2>
              <dl className="facts">
                <dt>{t("list.orderedBy")}</dt>
                <dd>
                  {[
                    r.ordererName
                      ? `${r.ordererName}${r.ordererProfession ? `, ${r.ordererProfession}` : ""}`
                      : null,
                    r.unitName === r.organisationName
                      ? r.unitName
                      : `${r.unitName}, ${r.organisationName}`,
                  ]
                    .filter(Boolean)
                    .join(", ")}
                </dd>
                <dt>{t("list.lab")}</dt>
                <dd>{r.performingLab}</dd>
              </dl>
              <h3 className="sr-only">{t("list.resultsOf")}</h3>
              <ul role="list" className="plain-list mt-3 grid gap-3">
                {r.results.map((res) => (
                  <li key={res.id} className="border-t border-line-subtle pt-3">
                    <ResultCard r={res} lf={lf} f={f} trendHref={paths.analysis(res.code)} />
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label={t("list.title")} className="mt-6 flex flex-wrap gap-4">
        {cursorText ? <Link href={paths.list()}>{t("list.newest")}</Link> : null}
        {page.next ? <Link href={paths.list(page.next)}>{t("list.older")}</Link> : null}
      </nav>
    </>
  );
}
