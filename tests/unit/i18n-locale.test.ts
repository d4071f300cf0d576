import { describe, expect, it } from "vitest";
import { readMessages } from "@/lib/i18n/load-messages";
import { DEFAULT_LOCALE, LOCALES, languageTag, resolveLocale } from "@/lib/i18n/locale";

describe("locale negotiation", () => {
  it("uses the locale cookie when it names a supported language", () => {
    expect(resolveLocale("nb")).toBe("nb");
    expect(resolveLocale("en")).toBe("en");
    expect(resolveLocale(" EN ")).toBe("en");
  });

  it("falls back to bokmål without a cookie or with an unknown value", () => {
    expect(DEFAULT_LOCALE).toBe("nb");
    expect(resolveLocale(undefined)).toBe("nb");
    expect(resolveLocale(null)).toBe("nb");
    expect(resolveLocale("")).toBe("nb");
    expect(resolveLocale("de")).toBe("nb");
    expect(resolveLocale("no")).toBe("nb");
    expect(resolveLocale("nn")).toBe("nb");
    expect(resolveLocale("en-US")).toBe("nb");
  });

  it("gives BCP 47 tags for formatting", () => {
    expect(languageTag("nb")).toBe("nb-NO");
    expect(languageTag("en")).toBe("en-GB");
  });
});

function keyPaths(value: unknown, prefix = ""): string[] {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    keyPaths(v, prefix ? `${prefix}.${k}` : k),
  );
}

describe("message catalogues", () => {
  const catalogues = Object.fromEntries(LOCALES.map((l) => [l, readMessages(l)]));

  it("have the same namespaces in every language", () => {
    const [first, ...rest] = LOCALES.map((l) => Object.keys(catalogues[l]!).sort());
    for (const other of rest) expect(other).toEqual(first);
  });

  it("have the same keys in every language, so no text falls back to a raw key", () => {
    const nb = keyPaths(catalogues.nb).sort();
    for (const locale of LOCALES) expect(keyPaths(catalogues[locale]).sort()).toEqual(nb);
  });

  it("have no empty strings", () => {
    for (const locale of LOCALES) {
      const empty = keyPaths(catalogues[locale]).filter((path) => {
        const value = path
          .split(".")
          .reduce<unknown>(
            (node, key) => (node as Record<string, unknown>)[key],
            catalogues[locale],
          );
        return typeof value === "string" && value.trim() === "";
      });
      expect(empty, `${locale}: empty messages`).toEqual([]);
    }
  });
});
