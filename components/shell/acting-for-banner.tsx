import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Always visible while acting for someone else, so nobody forgets whose record they are in. */
export async function ActingForBanner({
  subjectName,
  selfHref = "/for/meg",
}: {
  subjectName: string;
  selfHref?: string;
}) {
  const t = await getTranslations("shell.actingFor");
  return (
    <section aria-label={t("label")} className="acting-for">
      <div className="container-page flex flex-wrap items-center justify-between gap-x-4 gap-y-1 py-2">
        <p className="m-0 font-semibold">{t("text", { name: subjectName })}</p>
        <Link href={selfHref}>{t("backToSelf")}</Link>
      </div>
    </section>
  );
}
