import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AppointmentFormat } from "@/lib/i18n/format";
import type { ResultView } from "@/lib/record/lab-results/result-view";
import type { LabFormat } from "./format";

/**
 * One analysis in the list: value, range, the flag in words, status and the doctor's comment; or,
 * while it waits, only its name and when it will show at the latest.
 */
export async function ResultCard({
  r,
  lf,
  f,
  trendHref,
}: {
  r: ResultView;
  lf: LabFormat;
  f: AppointmentFormat;
  trendHref: string;
}) {
  const t = await getTranslations("labResults.result");
  if (r.state === "pending") {
    return (
      <>
        <h4 className="mt-0 mb-1 text-base font-semibold">{r.shortName}</h4>
        <p className="m-0">{t("pending")}</p>
        <p className="m-0">
          {r.reason === "awaiting_review" && r.showsBy
            ? t("showsBy", { date: f.dateTime(r.showsBy) })
            : r.reason === "awaiting_conversation"
              ? t("awaitingConversation")
              : t("notFinal")}
        </p>
      </>
    );
  }
  const out = lf.isOutOfRange(r.interpretation);
  return (
    <>
      <h4 className="mt-0 mb-1 text-base font-semibold">{r.shortName}</h4>
      <dl className="facts">
        <dt>{t("value")}</dt>
        <dd>{lf.value(r)}</dd>
        <dt>{t("range")}</dt>
        <dd>{lf.range(r)}</dd>
        <dt>{t("flag")}</dt>
        <dd className={`m-0 ${out ? "font-semibold" : ""}`}>{lf.flag(r.interpretation)}</dd>
        <dt>{t("status")}</dt>
        <dd>{t(`statusText.${r.status}`)}</dd>
        {r.comment ? (
          <>
            <dt>{t("comment")}</dt>
            <dd className="max-w-prose">{r.comment}</dd>
          </>
        ) : null}
      </dl>
      {r.correctedAt ? (
        <p className="mb-0">{t("corrected", { date: f.dateTime(r.correctedAt) })}</p>
      ) : null}
      {r.hiddenFromGuardians ? <p className="mb-0 text-muted">{t("hiddenFromGuardians")}</p> : null}
      <p className="mb-0">
        <Link href={trendHref} prefetch={false}>
          {t("trend", { name: r.shortName })}
        </Link>
      </p>
    </>
  );
}
