import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formalRequestPaths } from "@/app/_lib/paths";

/**
 * A block that leads to "Innsyn og retting", for the Helseopplysninger overview or the Forside. The
 * caller decides whether to show it (overview.readable includes FORMAL_REQUESTS).
 */
export async function FormalRequestsLink({
  subject,
  headingLevel = 2,
}: {
  subject: string;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("formalRequests.link");
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby="innsyn-og-retting-lenke" className="card mt-6">
      <Heading id="innsyn-og-retting-lenke" className="mt-0 text-xl">
        {t("title")}
      </Heading>
      <p className="max-w-prose">{t("text")}</p>
      <p className="m-0">
        <Link href={formalRequestPaths(subject).list}>{t("action")}</Link>
      </p>
    </section>
  );
}
