import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import type { LabInterpretation } from "@/lib/generated/prisma/enums";
import { decimalFormatter } from "@/lib/i18n/formatters";
import { isLocale, languageTag } from "@/lib/i18n/locale";

/** Numbers, ranges and flags for lab results, in the reader's language (decimal comma in bokmål). */
export async function getLabFormat() {
  const locale = await getLocale();
  const tag = languageTag(isLocale(locale) ? locale : "nb");
  const t = await getTranslations("labResults.result");
  const number = (value: number, decimals: number) => decimalFormatter(tag, decimals).format(value);
  return {
    tag,
    locale: (isLocale(locale) ? locale : "nb") as "nb" | "en",
    number,
    value: (r: {
      value: number | null;
      valueText: string | null;
      decimals: number;
      unit: string | null;
    }) =>
      r.value === null
        ? (r.valueText ?? "–")
        : `${number(r.value, r.decimals)}${r.unit ? ` ${r.unit}` : ""}`,
    range: (r: {
      low: number | null;
      high: number | null;
      refText: string | null;
      decimals: number;
      unit: string | null;
    }) => {
      const unit = r.unit ?? "";
      const text = r.refText ? ` (${r.refText.toLocaleLowerCase(tag)})` : "";
      if (r.low !== null && r.high !== null)
        return (
          t("rangeBetween", {
            low: number(r.low, r.decimals),
            high: number(r.high, r.decimals),
            unit,
          }).trim() + text
        );
      if (r.high !== null)
        return t("rangeBelow", { high: number(r.high, r.decimals), unit }).trim() + text;
      if (r.low !== null)
        return t("rangeAbove", { low: number(r.low, r.decimals), unit }).trim() + text;
      return r.refText ?? t("noRange");
    },
    /** The flag in words, never by colour alone. */
    flag: (interpretation: LabInterpretation | null) => t(`flagText.${interpretation ?? "NORMAL"}`),
    isOutOfRange: (interpretation: LabInterpretation | null) =>
      interpretation !== null && interpretation !== "NORMAL",
  };
}

export type LabFormat = Awaited<ReturnType<typeof getLabFormat>>;
