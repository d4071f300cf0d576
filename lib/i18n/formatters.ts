import { OSLO } from "@/lib/time/oslo";

// Every date the portal shows, in one place: calendar days (birth dates, medication and diagnosis
// days) are stored as UTC midnight and read in UTC; instants are read in Europe/Oslo wall-clock
// time, whatever the server's own zone is.
const STYLES = {
  /** "torsdag 4. desember 2025" (an instant's Oslo day) */
  weekdayDate: { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: OSLO },
  /** "torsdag 4. desember" */
  weekdayDayMonth: { weekday: "long", day: "numeric", month: "long", timeZone: OSLO },
  /** "4. desember 2025" (an instant's Oslo day) */
  date: { day: "numeric", month: "long", year: "numeric", timeZone: OSLO },
  /** "4. des. 2025" */
  shortDate: { day: "numeric", month: "short", year: "numeric", timeZone: OSLO },
  /** "09:20" */
  clock: { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: OSLO },
  /** "4. desember 2025 kl. 09:20" */
  dateClock: {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: OSLO,
  },
  /** A stored calendar day: "4. desember 2025" */
  calendarDay: { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" },
  /** A stored calendar day with its weekday: "torsdag 4. desember 2025" */
  calendarWeekdayDate: {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  },
  /** A birth date: "04.12.1985" */
  birthDate: { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateStyle = keyof typeof STYLES;

// Building an Intl formatter costs about 0.1 ms (a page used to build up to a dozen per
// request); a built one is immutable, so one per language and style serves every request.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The shared formatter for a BCP 47 tag ("nb-NO", "en-GB") and a named style. */
export function dateFormatter(tag: string, style: DateStyle): Intl.DateTimeFormat {
  const key = `${tag}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(tag, STYLES[style]);
    formatters.set(key, formatter);
  }
  return formatter;
}

const decimals = new Map<string, Intl.NumberFormat>();

/** The shared number formatter with exactly this many decimals ("13,0" in bokmål). */
export function decimalFormatter(tag: string, fractionDigits: number): Intl.NumberFormat {
  const key = `${tag}|${fractionDigits}`;
  let formatter = decimals.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(tag, {
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    decimals.set(key, formatter);
  }
  return formatter;
}
