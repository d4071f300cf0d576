import "server-only";
import { getLocale } from "next-intl/server";
import { isLocale, languageTag } from "@/lib/i18n/locale";
import { OSLO } from "@/lib/time/oslo";

/**
 * Dates on the formal request pages. The deadline is a calendar day (stored as UTC midnight), so it
 * is read in UTC; moments (received, answered) in Oslo time.
 */
export async function getFormalRequestFormat() {
  const locale = await getLocale();
  const tag = languageTag(isLocale(locale) ? locale : "nb");
  const day = new Intl.DateTimeFormat(tag, {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const moment = new Intl.DateTimeFormat(tag, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: OSLO,
  });
  const birth = new Intl.DateTimeFormat(tag, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  });
  return {
    /** A calendar day: "onsdag 30. desember 2026". */
    day: (d: Date) => day.format(d),
    /** An instant in Oslo time. */
    moment: (d: Date) => moment.format(d),
    birthDate: (d: Date) => birth.format(d),
  };
}

export type FormalRequestFormat = Awaited<ReturnType<typeof getFormalRequestFormat>>;
