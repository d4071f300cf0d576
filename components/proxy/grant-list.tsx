import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { GRANTABLE_CATEGORIES } from "@/lib/access/categories";
import type { DataCategory } from "@/lib/generated/prisma/enums";
import type { GrantView } from "@/lib/proxy-grants/list-grants";

type Props = {
  grants: readonly GrantView[];
  side: "given" | "received";
  /** Where "Avslutt" and "Endre" lead: `${endHrefBase}/<grantId>/avslutt` and `…/endre`. */
  endHrefBase: string;
};

/** Which grants can still be ended: those not yet ended or expired. */
export function canEnd(grant: Pick<GrantView, "status">): boolean {
  return grant.status === "active" || grant.status === "on_hold" || grant.status === "scheduled";
}

/** Which grants the grantor can change: any not ended (an expired one gets a new last day). */
export function canChange(grant: Pick<GrantView, "status">): boolean {
  return grant.status !== "ended";
}

/**
 * Grants as a list of cards (a table of six columns does not reflow to 320 px). Each card names the
 * other person, what they may do and see, for how long, and its status.
 */
export async function GrantList({ grants, side, endHrefBase }: Props) {
  const t = await getTranslations("proxy");
  const format = await getFormatter();
  if (grants.length === 0) return <p>{t(`${side}.empty`)}</p>;

  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const covers = (grant: { categories: readonly DataCategory[] }) =>
    GRANTABLE_CATEGORIES.every((c) => grant.categories.includes(c))
      ? t("form.all")
      : format.list(
          grant.categories.map((c) => t(`categories.${c}`)),
          { type: "conjunction" },
        );
  const statusText = (grant: GrantView) => {
    if (grant.status !== "ended") return t(`status.${grant.status}`);
    if (!grant.endedAt) return t("endedNoDate");
    return grant.endedByCounterpart
      ? t("endedByCounterpart", { name: grant.counterpartName, date: day(grant.endedAt) })
      : t("endedByYou", { date: day(grant.endedAt) });
  };

  return (
    <ul className="plain-list grid gap-4">
      {grants.map((grant) => {
        const title =
          side === "given"
            ? t("given.to", { name: grant.counterpartName })
            : t("received.from", { name: grant.counterpartName });
        return (
          <li key={grant.id} className="card">
            <h3 className="mt-0">{title}</h3>
            <dl className="facts">
              <dt>{t("fields.status")}</dt>
              <dd>
                <strong className={grant.status === "active" ? undefined : "font-normal"}>
                  {statusText(grant)}
                </strong>
                {grant.status === "on_hold" ? (
                  <span className="block text-base text-muted">{t("onHoldHint")}</span>
                ) : null}
                {grant.previous ? (
                  <span className="block text-base text-muted">
                    {t("change.lastChanged", { date: day(grant.previous.replacedAt) })}
                  </span>
                ) : null}
              </dd>
              <dt>{t("fields.level")}</dt>
              <dd>{t(`levels.${grant.level}`)}</dd>
              <dt>{t("fields.categories")}</dt>
              <dd>{covers(grant)}</dd>
              <dt>{t("fields.period")}</dt>
              <dd>
                {grant.validUntil
                  ? t("period.until", { from: day(grant.validFrom), until: day(grant.validUntil) })
                  : t("period.open", { from: day(grant.validFrom) })}
              </dd>
            </dl>
            {grant.history.length > 0 ? (
              <details className="mt-3">
                <summary>{t("history.summary", { count: String(grant.history.length) })}</summary>
                <ol className="plain-list mt-2 grid gap-2">
                  {grant.history.map((v) => (
                    <li key={v.version}>
                      {t("history.version", {
                        date: day(v.replacedAt),
                        level: t(`levels.${v.level}`),
                        covers: covers(v),
                        period: v.validUntil
                          ? t("history.lastDay", { date: day(v.validUntil) })
                          : t("history.noLastDay"),
                      })}
                    </li>
                  ))}
                </ol>
              </details>
            ) : null}
            {canEnd(grant) || (side === "given" && canChange(grant)) ? (
              <p className="mt-3 mb-0 flex flex-wrap gap-3">
                {side === "received" && grant.status === "active" ? (
                  <Link href={`/for/${grant.counterpartId}`} className="btn btn-small">
                    {t("received.actFor", { name: grant.counterpartName })}
                  </Link>
                ) : null}
                {side === "given" && canChange(grant) ? (
                  <Link href={`${endHrefBase}/${grant.id}/endre`} className="btn btn-small">
                    {t("change.button")}
                    <span className="sr-only">
                      {" "}
                      {t("change.buttonRest", { name: grant.counterpartName })}
                    </span>
                  </Link>
                ) : null}
                {canEnd(grant) ? (
                  <Link href={`${endHrefBase}/${grant.id}/avslutt`} className="btn btn-small">
                    {t("end.button")}
                    <span className="sr-only">
                      {" "}
                      {t(side === "given" ? "end.buttonRestGiven" : "end.buttonRestReceived", {
                        name: grant.counterpartName,
                      })}
                    </span>
                  </Link>
                ) : null}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
