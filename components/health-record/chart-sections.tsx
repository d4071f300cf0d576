import { getTranslations } from "next-intl/server";
import type { ChartHealthRecord } from "@/lib/record/health-record/chart-health-record";
import type { RecordFormat } from "./format";

/** Allergies in the clinician's chart, right under the patient's name: safety first. */
export async function ChartAllergies({ allergies }: { allergies: ChartHealthRecord["allergies"] }) {
  const t = await getTranslations("healthRecord");
  return (
    <section aria-labelledby="pasientens-allergier">
      <h2 id="pasientens-allergier">{t("chart.allergies")}</h2>
      {allergies === null ? (
        <p>{t("chart.outOfReach")}</p>
      ) : allergies.length === 0 ? (
        <p>{t("allergies.none")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-2">
          {allergies.map((a) => (
            <li key={a.id} className={a.severity === "SEVERE" ? "card border-2" : "card"}>
              <p className="m-0 font-semibold">{`${a.substance} – ${t(`allergies.severityValue.${a.severity}`)}`}</p>
              <p className="m-0">
                {`${t(`allergies.kind.${a.kind}`)}: ${a.reaction}. ${t(`allergies.verifiedValue.${a.verified ? "yes" : "no"}`)}.`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Diagnoses (active, then earlier) and vaccines in the clinician's chart. */
export async function ChartDiagnosesAndVaccines({
  record,
  f,
}: {
  record: ChartHealthRecord;
  f: RecordFormat;
}) {
  const t = await getTranslations("healthRecord");
  const diagnoses = record.diagnoses
    ? [...record.diagnoses.active, ...record.diagnoses.resolved]
    : null;
  return (
    <>
      <section aria-labelledby="pasientens-diagnoser">
        <h2 id="pasientens-diagnoser">{t("chart.diagnoses")}</h2>
        {diagnoses === null ? (
          <p>{t("chart.outOfReach")}</p>
        ) : diagnoses.length === 0 ? (
          <p>{t("diagnoses.noActive")}</p>
        ) : (
          <ul role="list" className="plain-list grid gap-1">
            {diagnoses.map((d) => (
              <li key={d.id}>
                {t("chart.diagnosisLine", {
                  code: d.code,
                  system: t(`diagnoses.system.${d.codeSystem}`),
                  text: d.text[f.locale],
                  status: t(`diagnoses.statusValue.${d.status}`),
                  date: f.day(d.diagnosedOn),
                  place: d.place,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="pasientens-vaksiner">
        <h2 id="pasientens-vaksiner">{t("chart.vaccines")}</h2>
        {record.vaccines === null ? (
          <p>{t("chart.outOfReach")}</p>
        ) : record.vaccines.length === 0 ? (
          <p>{t("vaccines.none")}</p>
        ) : (
          <ul role="list" className="plain-list grid gap-1">
            {record.vaccines.map((v) => (
              <li key={v.id}>
                {t("chart.vaccineLine", {
                  vaccine: v.vaccineName,
                  atc: v.atcCode,
                  dose: v.doseNumber,
                  date: f.day(v.givenOn),
                  place: v.place,
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
