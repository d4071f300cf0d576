import "server-only";
import { getLocale } from "next-intl/server";
import { dateFormatter } from "@/lib/i18n/formatters";
import { isLocale, languageTag } from "@/lib/i18n/locale";

/**
 * Dates on the formal request pages. The deadline is a calendar day (stored as UTC midnight), so it
 * is read in UTC; moments (received, answered) in Oslo time.
 */
export async function getFormalRequestFormat() {
  const locale = await getLocale();
  const tag = languageTag(isLocale(locale) ? locale : "nb");
  const day = dateFormatter(tag, "calendarWeekdayDate");
  const moment = dateFormatter(tag, "dateClock");
  const birth = dateFormatter(tag, "birthDate");
  return {
    /** A calendar day: "onsdag 30. desember 2026". */
    day: (d: Date) => day.format(d),
    /** An instant in Oslo time. */
    moment: (d: Date) => moment.format(d),
    birthDate: (d: Date) => birth.format(d),
  };
}

export type FormalRequestFormat = Awaited<ReturnType<typeof getFormalRequestFormat>>;
