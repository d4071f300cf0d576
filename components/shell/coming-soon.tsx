import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The one placeholder for every section that is not built yet. */
export async function ComingSoon({ title, homeHref }: { title: string; homeHref: string }) {
  const t = await getTranslations("shell.comingSoon");
  return (
    <>
      <h1>{title}</h1>
      <p>{t("body")}</p>
      <p>{t("meanwhile")}</p>
      <p>
        <Link href={homeHref}>{t("home")}</Link>
      </p>
    </>
  );
}
