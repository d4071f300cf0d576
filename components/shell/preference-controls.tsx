import { getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import { LanguageButtons } from "./language-buttons";
import { setLocaleAction, setTextSizeAction, setThemeAction } from "@/lib/preferences/actions";
import {
  TEXT_SIZES,
  TEXT_SIZE_COOKIE,
  THEMES,
  THEME_COOKIE,
  resolveTextSize,
  resolveTheme,
} from "@/lib/preferences/preferences";

/**
 * Language, contrast and text size as plain forms: each button posts to a server action that
 * sets a cookie and redirects back, so they work without JavaScript. The current choice is
 * marked aria-pressed.
 */
export async function PreferenceControls() {
  const t = await getTranslations("shell.preferences");
  const jar = await cookies();
  const theme = resolveTheme(jar.get(THEME_COOKIE)?.value);
  const textSize = resolveTextSize(jar.get(TEXT_SIZE_COOKIE)?.value);

  return (
    <div className="flex flex-wrap gap-x-8 gap-y-4">
      <form action={setLocaleAction}>
        <fieldset>
          <legend className="mb-1 font-semibold">{t("language")}</legend>
          <div className="flex flex-wrap gap-2">
            <LanguageButtons small />
          </div>
        </fieldset>
      </form>
      <form action={setThemeAction}>
        <fieldset>
          <legend className="mb-1 font-semibold">{t("theme")}</legend>
          <div className="flex flex-wrap gap-2">
            {THEMES.map((value) => (
              <button
                key={value}
                type="submit"
                name="theme"
                value={value}
                className="btn btn-small"
                aria-pressed={value === theme}
              >
                {t(`themes.${value}`)}
              </button>
            ))}
          </div>
        </fieldset>
      </form>
      <form action={setTextSizeAction}>
        <fieldset>
          <legend className="mb-1 font-semibold">{t("textSize")}</legend>
          <div className="flex flex-wrap gap-2">
            {TEXT_SIZES.map((size) => (
              <button
                key={size}
                type="submit"
                name="textsize"
                value={size}
                className="btn btn-small"
                aria-pressed={size === textSize}
              >
                {t("textSizeOption", { size })}
              </button>
            ))}
          </div>
        </fieldset>
      </form>
    </div>
  );
}
