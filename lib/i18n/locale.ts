/** Supported UI languages. Bokmål first: it is the default for everyone without a choice. */
export const LOCALES = ["nb", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "nb";

/** The cookie the language control writes. */
export const LOCALE_COOKIE = "locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The UI language for a request: the `locale` cookie when it names a supported language, else
 * bokmål. "no" (Norwegian) and "nn" (nynorsk, which we do not have yet) fall back to bokmål too.
 * The browser's Accept-Language is deliberately not used: a public Norwegian service answers in
 * Norwegian until the user picks another language, so the page never changes under people.
 */
export function resolveLocale(cookieValue: string | undefined | null): Locale {
  const value = (cookieValue ?? "").trim().toLowerCase();
  if (isLocale(value)) return value;
  return DEFAULT_LOCALE;
}

/** BCP 47 tag for <html lang>, Intl formatting and hreflang. */
export function languageTag(locale: Locale): string {
  return locale === "nb" ? "nb-NO" : "en-GB";
}
