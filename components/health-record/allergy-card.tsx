import { getTranslations } from "next-intl/server";
import type { AllergyView } from "@/lib/record/health-record/list-allergies";
import type { RecordFormat } from "./format";

/** One allergy or intolerance; severity and confirmation in words, never by colour alone. */
export async function AllergyCard({
  a,
  f,
  showHidden,
}: {
  a: AllergyView;
  f: RecordFormat;
  showHidden: boolean;
}) {
  const t = await getTranslations("healthRecord");
  return (
    <>
      <h3 className="mt-0">{a.substance}</h3>
      {showHidden && a.hiddenFromGuardians ? (
        <p className="font-semibold">{t("common.hiddenFromGuardians")}</p>
      ) : null}
      <dl className="facts">
        <dt>{t("allergies.type")}</dt>
        <dd>{t(`allergies.kind.${a.kind}`)}</dd>
        <dt>{t("allergies.reaction")}</dt>
        <dd>{a.reaction}</dd>
        <dt>{t("allergies.severity")}</dt>
        <dd>{t(`allergies.severityValue.${a.severity}`)}</dd>
        <dt>{t("allergies.verified")}</dt>
        <dd>{t(`allergies.verifiedValue.${a.verified ? "yes" : "no"}`)}</dd>
        <dt>{t("allergies.recorded")}</dt>
        <dd>{t("allergies.recordedValue", { date: f.moment(a.recordedAt), place: a.place })}</dd>
        <dt>{t("common.recordedBy")}</dt>
        <dd>{a.recordedBy ?? t("common.unknownPerson")}</dd>
      </dl>
    </>
  );
}
