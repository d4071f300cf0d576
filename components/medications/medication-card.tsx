import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { MedicationView } from "@/lib/record/medications/medication-view";
import type { MedicationFormat } from "./format";

/** The prescription's status in words (never by colour alone). */
export async function prescriptionText(m: MedicationView, f: MedicationFormat): Promise<string> {
  const t = await getTranslations("medications.prescription");
  const date = m.prescriptionValidUntil ? f.day(m.prescriptionValidUntil) : "";
  const allowed = m.dispensesAllowed ?? 0;
  switch (m.prescription) {
    case "ACTIVE":
      return m.dispensesAllowed === null
        ? t("ACTIVE", { date })
        : t("ACTIVE_DISPENSES", { date, left: allowed - m.dispensesUsed, allowed });
    case "EXPIRED":
      return t("EXPIRED", { date });
    case "USED_UP":
      return t("USED_UP", { date, allowed });
    default:
      return t("NONE");
  }
}

/** One medication on the citizen's list, every field in plain words; a renewal link when allowed. */
export async function MedicationCard({
  m,
  f,
  renewHref,
}: {
  m: MedicationView;
  f: MedicationFormat;
  renewHref: string | null;
}) {
  const t = await getTranslations("medications");
  const r = m.latestRenewal;
  const period = m.endDate
    ? t("value.period", { start: f.day(m.startDate), end: f.day(m.endDate) })
    : t("value.since", { start: f.day(m.startDate) });
  return (
    <>
      <h3 className="mt-0">{`${m.name} ${m.strength}`}</h3>
      {m.hiddenFromGuardians ? <p className="font-semibold">{t("hiddenFromGuardians")}</p> : null}
      <dl className="facts">
        <dt>{t("fields.strengthAndForm")}</dt>
        <dd>{t("value.strengthAndForm", { strength: m.strength, form: m.form })}</dd>
        <dt>{t("fields.dosage")}</dt>
        <dd>{m.dosage}</dd>
        {m.instruction ? (
          <>
            <dt>{t("fields.instruction")}</dt>
            <dd>{m.instruction}</dd>
          </>
        ) : null}
        {m.reason ? (
          <>
            <dt>{t("fields.reason")}</dt>
            <dd>{m.reason}</dd>
          </>
        ) : null}
        <dt>{t("fields.prescriber")}</dt>
        <dd>
          {m.prescriberName
            ? t("value.prescriber", { name: m.prescriberName, unit: m.unitName })
            : t("value.prescriberUnknown", { unit: m.unitName })}
        </dd>
        <dt>{t("fields.period")}</dt>
        <dd>
          {period}
          {!m.current && m.status !== "ACTIVE" ? ` (${t(`ended.${m.status}`)})` : null}
        </dd>
        {m.current ? (
          <>
            <dt>{t("fields.prescription")}</dt>
            <dd>{await prescriptionText(m, f)}</dd>
          </>
        ) : null}
        <dt>{t("fields.atc")}</dt>
        <dd>{m.atcCode}</dd>
        {r ? (
          <>
            <dt>{t("fields.renewal")}</dt>
            <dd>
              {r.status === "REQUESTED"
                ? t("renewal.REQUESTED", { date: f.moment(r.requestedAt), unit: m.unitName })
                : r.status === "RENEWED"
                  ? t("renewal.RENEWED", {
                      date: f.moment(r.decidedAt ?? r.requestedAt),
                      until: r.newEndDate ? f.day(r.newEndDate) : "",
                    })
                  : t("renewal.DECLINED", {
                      date: f.moment(r.decidedAt ?? r.requestedAt),
                      reason: r.declineReason ?? "",
                    })}
              {r.note ? (
                <span className="block text-muted">{t("renewal.note", { note: r.note })}</span>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
      {renewHref && r?.status !== "REQUESTED" ? (
        <p className="mb-0">
          <Link href={renewHref}>{t("list.renewFor", { name: m.name })}</Link>
        </p>
      ) : null}
    </>
  );
}
