import { getTranslations } from "next-intl/server";
import type { DiagnosisView } from "@/lib/record/health-record/list-diagnoses";
import type { RecordFormat } from "./format";

/** One diagnosis: the plain-language text first, then the code and its system, when and where. */
export async function DiagnosisCard({
  d,
  f,
  showHidden,
}: {
  d: DiagnosisView;
  f: RecordFormat;
  showHidden: boolean;
}) {
  const t = await getTranslations("healthRecord");
  return (
    <>
      <h3 className="mt-0">{d.text[f.locale]}</h3>
      {showHidden && d.hiddenFromGuardians ? (
        <p className="font-semibold">{t("common.hiddenFromGuardians")}</p>
      ) : null}
      <dl className="facts">
        <dt>{t("diagnoses.code")}</dt>
        <dd>
          {t("diagnoses.codeValue", {
            code: d.code,
            system: t(`diagnoses.system.${d.codeSystem}`),
          })}
        </dd>
        <dt>{t("diagnoses.status")}</dt>
        <dd>{t(`diagnoses.statusValue.${d.status}`)}</dd>
        <dt>{t("diagnoses.diagnosed")}</dt>
        <dd>
          <time dateTime={f.iso(d.diagnosedOn)}>{f.day(d.diagnosedOn)}</time>
        </dd>
        {d.resolvedOn ? (
          <>
            <dt>{t("diagnoses.resolvedOn")}</dt>
            <dd>
              <time dateTime={f.iso(d.resolvedOn)}>{f.day(d.resolvedOn)}</time>
            </dd>
          </>
        ) : null}
        <dt>{t("common.place")}</dt>
        <dd>{d.place}</dd>
        <dt>{t("common.recordedBy")}</dt>
        <dd>{d.recordedBy ?? t("common.unknownPerson")}</dd>
      </dl>
    </>
  );
}
