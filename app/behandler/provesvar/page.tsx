import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { param, type SearchParams } from "@/app/_lib/params";
import { releaseWorkPaths } from "@/app/_lib/paths";
import { getLabFormat } from "@/components/lab-results/format";
import { ReleaseForm, type ReleaseRow } from "@/components/lab-results/release-form";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { decodeCursor, encodeCursor } from "@/lib/messages/cursor";
import { listReleaseWorkList } from "@/lib/record/lab-results/release-work-list";
import { releaseResultsAction } from "./actions";
import { RELEASE_COMMENT_MAX } from "@/lib/record/lab-results/release-results";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("labResults.meta");
  return { title: t("workList") };
}

/**
 * The release work list: results ordered by the clinician's units that wait for a clinician, oldest
 * first, 25 a page; "Forrige side"/"Neste side" are plain links, so paging works without JavaScript.
 */
export default async function ReleaseWorkListPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requireActor("CLINICIAN");
  const query = await searchParams;
  const now = new Date();
  const etter = param(query, "etter");
  const foer = param(query, "foer");
  const after = decodeCursor(etter);
  const before = after ? null : decodeCursor(foer);
  const { items, next, previous } = await listReleaseWorkList(
    getDb(),
    actor,
    { after, before },
    now,
  );
  const t = await getTranslations("labResults.workList");
  const f = await getAppointmentFormat(now);
  const lf = await getLabFormat();
  const released = Number(param(query, "frigitt") ?? NaN);
  const skipped = Number(param(query, "hoppet") ?? 0);

  const rows: ReleaseRow[] = items.map((i) => {
    const decimals = i.decimals;
    return {
      value: `${i.personId}:${i.id}`,
      label: t("select", { analysis: i.analysis, patient: i.patientName, date: f.date(i.takenAt) }),
      patient: i.patientName,
      analysis: i.analysis,
      value_: lf.value({ value: i.value, valueText: i.valueText, decimals, unit: i.unit }),
      range: lf.range({ low: i.low, high: i.high, refText: i.refText, decimals, unit: i.unit }),
      flag: lf.flag(i.interpretation),
      outOfRange: lf.isOutOfRange(i.interpretation),
      taken: f.date(i.takenAt),
      patientSees: i.patientSeesAlready
        ? t("seesAlready")
        : i.showsBy
          ? t("showsBy", { date: f.dateTime(i.showsBy) })
          : t("afterConversation"),
      hidden: i.hiddenFromGuardians,
    };
  });

  return (
    <>
      {Number.isInteger(released) && released >= 0 ? (
        <div role="status" className="alert alert-success">
          <p>{t("done", { count: released })}</p>
          {Number.isInteger(skipped) && skipped > 0 ? (
            <p>{t("skipped", { count: skipped })}</p>
          ) : null}
        </div>
      ) : null}
      <h1>{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      {rows.length > 0 ? (
        <ClientMessages namespaces={["labResults.workList"]}>
          <ReleaseForm
            action={releaseResultsAction}
            rows={rows}
            page={after ? { etter } : before ? { foer } : {}}
            commentMax={RELEASE_COMMENT_MAX}
          />
        </ClientMessages>
      ) : after || before || next ? (
        <p>{t("emptyPage")}</p>
      ) : (
        <p>{t("empty")}</p>
      )}
      {after || before || next ? (
        <nav aria-label={t("pagination")} className="mt-6">
          <ul className="plain-list flex flex-wrap gap-4">
            {previous ? (
              <li>
                <Link href={releaseWorkPaths.workList({ foer: encodeCursor(previous) })} rel="prev">
                  {t("previous")}
                </Link>
              </li>
            ) : after || before ? (
              <li>
                <Link href={releaseWorkPaths.workList()}>{t("first")}</Link>
              </li>
            ) : null}
            {next ? (
              <li>
                <Link href={releaseWorkPaths.workList({ etter: encodeCursor(next) })} rel="next">
                  {t("next")}
                </Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </>
  );
}
