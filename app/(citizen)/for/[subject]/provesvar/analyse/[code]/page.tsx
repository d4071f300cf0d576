import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { dateFormatter } from "@/lib/i18n/formatters";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { getLabFormat } from "@/components/lab-results/format";
import { labPaths } from "@/app/_lib/paths";
import { TrendChart } from "@/components/lab-results/trend-chart";
import { ColumnHeads, TableFrame } from "@/components/table/table-frame";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { getAnalysisTrend, isAnalysisCode } from "@/lib/record/lab-results/get-analysis-trend";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("labResults.meta");
  return { title: t("analysis") };
}

type Params = Promise<{ subject: string; code: string }>;

/** One analysis over time: explanation, an SVG chart with a summary, and the same data as a table. */
export default async function AnalysisTrendPage({ params }: { params: Params }) {
  const { subject, code } = await params;
  if (!isAnalysisCode(code)) showNotFound();
  const actor = await requireActor("CITIZEN");
  const now = new Date();
  const lf = await getLabFormat();
  const trend = await orNotFound(
    getAnalysisTrend(getDb(), actor, subject, code, { locale: lf.locale, now }),
  );
  const t = await getTranslations("labResults");
  const f = await getAppointmentFormat(now);
  const { analysis, points, pending } = trend;
  const short = dateFormatter(lf.tag, "shortDate");
  const last = points[points.length - 1];
  const valueOf = (p: (typeof points)[number]) => lf.value(p);

  return (
    <>
      <h1>{t("analysis.title", { name: analysis.shortName })}</h1>
      <p className="text-muted">{`${analysis.name} (${analysis.code})`}</p>

      <section aria-labelledby="forklaring" className="max-w-prose">
        <h2 id="forklaring">{t("analysis.what")}</h2>
        {trend.explanation ? (
          <>
            <p>{trend.explanation.what}</p>
            <h3>{t("analysis.meaning")}</h3>
            <p>{trend.explanation.meaning}</p>
          </>
        ) : (
          <p>{t("analysis.noExplanation")}</p>
        )}
        <p className="text-muted">{t("analysis.general")}</p>
      </section>

      {last ? (
        <section aria-labelledby="utvikling">
          <h2 id="utvikling">
            {t("analysis.chartTitle", { name: analysis.shortName, count: String(points.length) })}
          </h2>
          <p id="trend-sammendrag" className="max-w-prose">
            {points.length === 1
              ? t("analysis.summaryOne", {
                  date: f.date(last.takenAt),
                  value: valueOf(last),
                  flag: lf.flag(last.interpretation),
                })
              : t("analysis.summary", {
                  count: String(points.length),
                  first: f.date(points[0]!.takenAt),
                  last: f.date(last.takenAt),
                  value: valueOf(last),
                  flag: lf.flag(last.interpretation),
                })}
          </p>
          <TrendChart
            points={points}
            title={t("analysis.chartTitle", {
              name: analysis.shortName,
              count: String(points.length),
            })}
            summaryId="trend-sammendrag"
            formatValue={(v) => lf.number(v, analysis.decimals)}
            formatDate={(d) => short.format(d)}
          />
          <h2 id="tabell">{t("analysis.table")}</h2>
          <TableFrame
            labelledBy="tabell"
            caption={t("analysis.tableCaption", { name: analysis.shortName })}
          >
            <ColumnHeads
              columns={[t("analysis.date"), t("result.value"), t("result.range"), t("result.flag")]}
            />
            <tbody>
              {[...points].reverse().map((p) => (
                <tr key={p.id} className="border-b border-line-subtle align-top">
                  <th scope="row" className="p-2 font-normal">
                    {f.date(p.takenAt)}
                  </th>
                  <td className="p-2">
                    {valueOf(p)}
                    {p.correctedAt ? (
                      <span className="block text-muted">{t("result.statusText.CORRECTED")}</span>
                    ) : null}
                  </td>
                  <td className="p-2">{lf.range(p)}</td>
                  <td className={`p-2 ${lf.isOutOfRange(p.interpretation) ? "font-semibold" : ""}`}>
                    {lf.flag(p.interpretation)}
                  </td>
                </tr>
              ))}
            </tbody>
          </TableFrame>
        </section>
      ) : null}

      {pending.length > 0 ? (
        <section aria-labelledby="venter">
          <h2 id="venter">{t("analysis.pendingTitle")}</h2>
          <ul role="list" className="plain-list grid gap-2">
            {pending.map((p) => (
              <li key={p.id} className="card">
                <p className="m-0 font-semibold">{f.dateTime(p.takenAt)}</p>
                <p className="m-0">
                  {p.state === "pending" && p.reason === "awaiting_review" && p.showsBy
                    ? t("result.showsBy", { date: f.dateTime(p.showsBy) })
                    : p.state === "pending" && p.reason === "awaiting_conversation"
                      ? t("result.awaitingConversation")
                      : t("result.notFinal")}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-6">
        <Link href={labPaths(subject).list()}>{t("analysis.back")}</Link>
      </p>
    </>
  );
}
