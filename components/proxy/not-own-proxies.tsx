import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Shown at /for/<someone else>/fullmakter: a proxy never manages the person's own grants. */
export async function NotOwnProxies({ subjectName }: { subjectName: string }) {
  const t = await getTranslations("proxy");
  return (
    <>
      <h1>{t("notSelf.title")}</h1>
      <p>{t("notSelf.body", { name: subjectName })}</p>
      <p>
        <Link href="/for/meg/fullmakter">{t("notSelf.ownLink")}</Link>
      </p>
    </>
  );
}
