import { getTranslations } from "next-intl/server";

/** Messages are not for emergencies: said before anyone writes. */
export async function EmergencyNotice() {
  const t = await getTranslations("messages");
  return (
    <div className="alert alert-warning" role="note">
      <p className="m-0 font-semibold">{t("emergency.title")}</p>
      <p className="m-0">
        {t.rich("emergency.body", { b: (chunks) => <strong>{chunks}</strong> })}
      </p>
    </div>
  );
}
