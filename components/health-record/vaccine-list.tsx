import { getTranslations } from "next-intl/server";
import type { VaccinationView } from "@/lib/record/health-record/list-vaccinations";
import type { RecordFormat } from "./format";

/** Vaccines, newest first: one card each, so the list reflows on a narrow screen. */
export async function VaccineList({
  vaccines,
  f,
  showHidden,
}: {
  vaccines: readonly VaccinationView[];
  f: RecordFormat;
  showHidden: boolean;
}) {
  const t = await getTranslations("healthRecord");
  return (
    <ul role="list" aria-label={t("vaccines.caption")} className="plain-list grid gap-3">
      {vaccines.map((v) => (
        <li key={v.id} className="card">
          <h3 className="mt-0">{`${v.vaccineName}, ${t("vaccines.doseValue", { n: v.doseNumber })}`}</h3>
          {showHidden && v.hiddenFromGuardians ? (
            <p className="font-semibold">{t("common.hiddenFromGuardians")}</p>
          ) : null}
          <dl className="facts">
            <dt>{t("vaccines.against")}</dt>
            <dd>{v.disease}</dd>
            <dt>{t("vaccines.date")}</dt>
            <dd>
              <time dateTime={f.iso(v.givenOn)}>{f.day(v.givenOn)}</time>
            </dd>
            <dt>{t("vaccines.place")}</dt>
            <dd>{v.place}</dd>
            <dt>{t("vaccines.atcLabel")}</dt>
            <dd>{v.atcCode}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
