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
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("diagnoses.code")}</dt>
        <dd className="m-0">
          {t("diagnoses.codeValue", {
            code: d.code,
            system: t(`diagnoses.system.${d.codeSystem}`),
          })}
        </dd>
        <dt className="font-semibold">{t("diagnoses.status")}</dt>
        <dd className="m-0">{t(`diagnoses.statusValue.${d.status}`)}</dd>
        <dt className="font-semibold">{t("diagnoses.diagnosed")}</dt>
        <dd className="m-0">
          <time dateTime={f.iso(d.diagnosedOn)}>{f.day(d.diagnosedOn)}</time>
        </dd>
        {d.resolvedOn ? (
          <>
            <dt className="font-semibold">{t("diagnoses.resolvedOn")}</dt>
            <dd className="m-0">
              <time dateTime={f.iso(d.resolvedOn)}>{f.day(d.resolvedOn)}</time>
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("common.place")}</dt>
        <dd className="m-0">{d.place}</dd>
        <dt className="font-semibold">{t("common.recordedBy")}</dt>
        <dd className="m-0">{d.recordedBy ?? t("common.unknownPerson")}</dd>
      </dl>
    </>
  );
}
