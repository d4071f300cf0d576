import { getLocale, getTranslations } from "next-intl/server";
import { LOCALES } from "@/lib/i18n/locale";

/**
 * One submit button per language, the current one pressed, each named in its own language. Goes
 * inside a form whose action is setLocaleAction (the footer's and the profile page's).
 */
export async function LanguageButtons({ small = false }: { small?: boolean }) {
  const t = await getTranslations("shell.preferences");
  const current = await getLocale();
  return LOCALES.map((l) => (
    <button
      key={l}
      type="submit"
      name="locale"
      value={l}
      lang={l}
      className={small ? "btn btn-small" : "btn"}
      aria-pressed={l === current}
    >
      {t(`languageNames.${l}`)}
    </button>
  ));
}
