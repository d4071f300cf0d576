import "server-only";
import { getLocale } from "next-intl/server";
import { isLocale, languageTag, type Locale } from "@/lib/i18n/locale";
import { OSLO } from "@/lib/time/oslo";

/**
 * Dates in the health record. Diagnosis and vaccine days are calendar days (stored as UTC
 * midnight), so they are read in UTC; moments (a note written, a document sent) in Oslo time.
 */
export async function getRecordFormat() {
  const raw = await getLocale();
  const locale: Locale = isLocale(raw) ? raw : "nb";
  const tag = languageTag(locale);
  const day = new Intl.DateTimeFormat(tag, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const moment = new Intl.DateTimeFormat(tag, {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: OSLO,
  });
  return {
    locale,
    day: (d: Date) => day.format(d),
    moment: (d: Date) => moment.format(d),
    /** A stored calendar day as yyyy-mm-dd, for <time dateTime>. */
    iso: (d: Date) => d.toISOString().slice(0, 10),
  };
}

export type RecordFormat = Awaited<ReturnType<typeof getRecordFormat>>;
