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
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("allergies.type")}</dt>
        <dd className="m-0">{t(`allergies.kind.${a.kind}`)}</dd>
        <dt className="font-semibold">{t("allergies.reaction")}</dt>
        <dd className="m-0">{a.reaction}</dd>
        <dt className="font-semibold">{t("allergies.severity")}</dt>
        <dd className="m-0">{t(`allergies.severityValue.${a.severity}`)}</dd>
        <dt className="font-semibold">{t("allergies.verified")}</dt>
        <dd className="m-0">{t(`allergies.verifiedValue.${a.verified ? "yes" : "no"}`)}</dd>
        <dt className="font-semibold">{t("allergies.recorded")}</dt>
        <dd className="m-0">
          {t("allergies.recordedValue", { date: f.moment(a.recordedAt), place: a.place })}
        </dd>
        <dt className="font-semibold">{t("common.recordedBy")}</dt>
        <dd className="m-0">{a.recordedBy ?? t("common.unknownPerson")}</dd>
      </dl>
    </>
  );
}
