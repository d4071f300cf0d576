import "server-only";
import { getLocale } from "next-intl/server";
import { isLocale, languageTag } from "@/lib/i18n/locale";
import { OSLO } from "@/lib/time/oslo";

/**
 * Dates on medication pages. Start, end and prescription dates are calendar days (stored as UTC
 * midnight), so they are read in UTC; moments (a request, a decision) in Oslo time.
 */
export async function getMedicationFormat() {
  const locale = await getLocale();
  const tag = languageTag(isLocale(locale) ? locale : "nb");
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
  const birth = new Intl.DateTimeFormat(tag, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  });
  return {
    /** A calendar-day column: "12. mars 2027". */
    day: (d: Date) => day.format(d),
    /** An instant, as its Oslo calendar day. */
    moment: (d: Date) => moment.format(d),
    birthDate: (d: Date) => birth.format(d),
  };
}

export type MedicationFormat = Awaited<ReturnType<typeof getMedicationFormat>>;
