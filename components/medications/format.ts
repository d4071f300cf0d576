import "server-only";
import { getLocale } from "next-intl/server";
import { dateFormatter } from "@/lib/i18n/formatters";
import { isLocale, languageTag } from "@/lib/i18n/locale";

/**
 * Dates on medication pages. Start, end and prescription dates are calendar days (stored as UTC
 * midnight), so they are read in UTC; moments (a request, a decision) in Oslo time.
 */
export async function getMedicationFormat() {
  const locale = await getLocale();
  const tag = languageTag(isLocale(locale) ? locale : "nb");
  const day = dateFormatter(tag, "calendarDay");
  const moment = dateFormatter(tag, "date");
  const birth = dateFormatter(tag, "birthDate");
  return {
    /** A calendar-day column: "12. mars 2027". */
    day: (d: Date) => day.format(d),
    /** An instant, as its Oslo calendar day. */
    moment: (d: Date) => moment.format(d),
    birthDate: (d: Date) => birth.format(d),
  };
}

export type MedicationFormat = Awaited<ReturnType<typeof getMedicationFormat>>;
