/** Display preferences kept in cookies so the server renders the right theme and size at once. */

export const THEME_COOKIE = "theme";
export const TEXT_SIZE_COOKIE = "textsize";
/** A year, in seconds: preferences outlive sessions. */
export const PREFERENCE_MAX_AGE_S = 365 * 24 * 60 * 60;

export const THEMES = ["standard", "high-contrast"] as const;
export type Theme = (typeof THEMES)[number];

export const TEXT_SIZES = ["100", "125", "150", "200"] as const;
export type TextSize = (typeof TEXT_SIZES)[number];

export function resolveTheme(value: string | undefined | null): Theme {
  return (THEMES as readonly string[]).includes(value ?? "") ? (value as Theme) : "standard";
}

export function resolveTextSize(value: string | undefined | null): TextSize {
  return (TEXT_SIZES as readonly string[]).includes(value ?? "") ? (value as TextSize) : "100";
}

export function isTheme(value: unknown): value is Theme {
  return typeof value === "string" && (THEMES as readonly string[]).includes(value);
}

export function isTextSize(value: unknown): value is TextSize {
  return typeof value === "string" && (TEXT_SIZES as readonly string[]).includes(value);
}
