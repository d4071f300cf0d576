import { getTranslations } from "next-intl/server";

/** Why the log exists, in plain words (pasientjournalloven § 22), and what emergency access means. */
export async function RightToKnow() {
  const t = await getTranslations("access-log.right");
  return (
    <section aria-labelledby="rett-til-innsyn" className="alert">
      <h2 id="rett-til-innsyn" className="mt-0">
        {t("title")}
      </h2>
      <p>{t("body")}</p>
      <p>{t("emergency")}</p>
      <p>{t("wrong")}</p>
    </section>
  );
}
