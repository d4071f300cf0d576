// The production build formats messages with use-intl's format-only formatter (next.config.ts,
// precompile). Every message must compile, and a compiled message must read as the ICU one does.
import { createTranslator } from "next-intl";
import format from "icu-minify/format";
import { describe, expect, it } from "vitest";
import { precompileMessages, readMessages } from "@/lib/i18n/load-messages";

const formatters = {
  getDateTimeFormat: (...a: ConstructorParameters<typeof Intl.DateTimeFormat>) =>
    new Intl.DateTimeFormat(...a),
  getNumberFormat: (...a: ConstructorParameters<typeof Intl.NumberFormat>) =>
    new Intl.NumberFormat(...a),
  getPluralRules: (...a: ConstructorParameters<typeof Intl.PluralRules>) =>
    new Intl.PluralRules(...a),
};

/** Every message string with its dotted key. */
function strings(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (!value || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([k, v]) => strings(v, prefix ? `${prefix}.${k}` : k));
}

describe("precompiled messages", () => {
  for (const locale of ["nb", "en"] as const) {
    it(`${locale}: every message compiles, and those without arguments read the same`, () => {
      const source = readMessages(locale);
      const compiled = precompileMessages(source);
      const plain = strings(source).filter(([, text]) => !/[{}<]/.test(text));
      expect(plain.length).toBeGreaterThan(100);
      // Passed to client components as props: plain objects only.
      const prototypes = new Set<unknown>();
      const visit = (v: unknown) => {
        if (v && typeof v === "object") {
          if (!Array.isArray(v)) prototypes.add(Object.getPrototypeOf(v));
          Object.values(v).forEach(visit);
        }
      };
      visit(compiled);
      expect([...prototypes]).toEqual([Object.prototype]);
      const t = createTranslator({ locale, messages: source });
      for (const [key] of plain.slice(0, 400)) {
        const [ns, ...rest] = key.split(".");
        const message = rest.reduce<unknown>(
          (m, k) => (m as Record<string, unknown>)[k],
          compiled[ns!],
        );
        expect(format(message as string, locale, undefined, { formatters }), key).toBe(
          t(key as never),
        );
      }
    });
  }

  it("a plural with a number reads the same as the ICU formatter's", () => {
    const icu = "{count, plural, =0 {ingen nye} one {# ny melding} other {# nye meldinger}}";
    const [compiled] = Object.values(precompileMessages({ ns: { m: icu } }).ns!);
    const t = createTranslator({ locale: "nb", messages: { ns: { m: icu } } });
    for (const count of [0, 1, 2, 1500]) {
      expect(format(compiled as never, "nb", { count }, { formatters })).toBe(t("ns.m", { count }));
    }
  });
});
