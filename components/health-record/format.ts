import "server-only";
import { getLocale } from "next-intl/server";
import { dateFormatter } from "@/lib/i18n/formatters";
import { isLocale, languageTag, type Locale } from "@/lib/i18n/locale";

/**
 * Dates in the health record. Diagnosis and vaccine days are calendar days (stored as UTC
 * midnight), so they are read in UTC; moments (a note written, a document sent) in Oslo time.
 */
export async function getRecordFormat() {
  const raw = await getLocale();
  const locale: Locale = isLocale(raw) ? raw : "nb";
  const tag = languageTag(locale);
  const day = dateFormatter(tag, "calendarDay");
  const moment = dateFormatter(tag, "date");
  return {
    locale,
    day: (d: Date) => day.format(d),
    moment: (d: Date) => moment.format(d),
    /** A stored calendar day as yyyy-mm-dd, for <time dateTime>. */
    iso: (d: Date) => d.toISOString().slice(0, 10),
  };
}

export type RecordFormat = Awaited<ReturnType<typeof getRecordFormat>>;
