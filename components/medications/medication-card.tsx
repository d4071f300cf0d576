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
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("fields.strengthAndForm")}</dt>
        <dd className="m-0">
          {t("value.strengthAndForm", { strength: m.strength, form: m.form })}
        </dd>
        <dt className="font-semibold">{t("fields.dosage")}</dt>
        <dd className="m-0">{m.dosage}</dd>
        {m.instruction ? (
          <>
            <dt className="font-semibold">{t("fields.instruction")}</dt>
            <dd className="m-0">{m.instruction}</dd>
          </>
        ) : null}
        {m.reason ? (
          <>
            <dt className="font-semibold">{t("fields.reason")}</dt>
            <dd className="m-0">{m.reason}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("fields.prescriber")}</dt>
        <dd className="m-0">
          {m.prescriberName
            ? t("value.prescriber", { name: m.prescriberName, unit: m.unitName })
            : t("value.prescriberUnknown", { unit: m.unitName })}
        </dd>
        <dt className="font-semibold">{t("fields.period")}</dt>
        <dd className="m-0">
          {period}
          {!m.current && m.status !== "ACTIVE" ? ` (${t(`ended.${m.status}`)})` : null}
        </dd>
        {m.current ? (
          <>
            <dt className="font-semibold">{t("fields.prescription")}</dt>
            <dd className="m-0">{await prescriptionText(m, f)}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("fields.atc")}</dt>
        <dd className="m-0">{m.atcCode}</dd>
        {r ? (
          <>
            <dt className="font-semibold">{t("fields.renewal")}</dt>
            <dd className="m-0">
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
