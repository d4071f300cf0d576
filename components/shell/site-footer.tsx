import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PreferenceControls } from "./preference-controls";

/** The contentinfo landmark: about links and the display/language settings. */
export async function SiteFooter() {
  const t = await getTranslations("shell.footer");
  return (
    <footer className="mt-auto border-t border-line-subtle bg-surface">
      <div className="container-page py-6">
        <section aria-labelledby="footer-preferences-title">
          <h2 id="footer-preferences-title" className="mt-0 text-lg">
            {t("preferences")}
          </h2>
          <PreferenceControls />
        </section>
        <nav aria-label={t("aboutLabel")} className="mt-6">
          <ul role="list" className="plain-list flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <Link href="/tilgjengelighet">{t("accessibility")}</Link>
            </li>
          </ul>
        </nav>
        <p className="mt-4 mb-0 text-base text-muted">{t("tagline")}</p>
      </div>
    </footer>
  );
}
