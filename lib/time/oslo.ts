import { TZDate, tz } from "@date-fns/tz";
import { addDays, differenceInCalendarDays, startOfDay } from "date-fns";

/** All human-facing dates in the portal are Norwegian wall-clock time, whatever the server's zone. */
export const OSLO = "Europe/Oslo";
export const inOslo = tz(OSLO);

/** The calendar date (yyyy-mm-dd) of an instant in Europe/Oslo. */
export function osloDateKey(instant: Date): string {
  const d = osloCalendarDay(instant.getTime());
  return `${d.year}-${String(d.month + 1).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

const HOUR_MS = 3_600_000;
/** Norway has kept whole-hour offsets, switched on the hour, since it left local mean time in 1895. */
const WHOLE_HOUR_SWITCHES_FROM = Date.UTC(1900, 0, 1);
const offsetByHour = new Map<number, number>();

/**
 * Oslo's offset from UTC at an instant, in ms. Asking the time-zone database costs a few µs, and a
 * page of free times or appointments asks once per row, so the answer is kept per UTC hour: every
 * Oslo switch since 1900 falls on a whole UTC hour, so one hour never holds two offsets.
 */
function osloOffsetMs(instant: number): number {
  if (instant < WHOLE_HOUR_SWITCHES_FROM)
    return -new TZDate(instant, OSLO).getTimezoneOffset() * 60_000;
  const hour = Math.floor(instant / HOUR_MS);
  let offset = offsetByHour.get(hour);
  if (offset === undefined) {
    if (offsetByHour.size >= 100_000) offsetByHour.clear();
    offset = -new TZDate(instant, OSLO).getTimezoneOffset() * 60_000;
    offsetByHour.set(hour, offset);
  }
  return offset;
}

/** The Oslo calendar day of an instant (month 0-11). */
function osloCalendarDay(instant: number): {
  readonly year: number;
  readonly month: number;
  readonly day: number;
} {
  const wall = new Date(instant + osloOffsetMs(instant));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth(), day: wall.getUTCDate() };
}

/** The instant a given Oslo calendar day starts (handles DST: always local 00:00). */
export function startOfOsloDay(dateKey: string): Date {
  const [y, m, d] = dateKey.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, OSLO).getTime());
}

/** The instant for an Oslo wall-clock time; during the spring gap the time moves forward. */
export function osloWallClock(dateKey: string, hours: number, minutes: number): Date {
  const [y, m, d] = dateKey.split("-").map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, hours, minutes, 0, OSLO).getTime());
}

/** The Oslo calendar day `days` after the given one. */
export function addOsloDays(dateKey: string, days: number): string {
  const start = startOfDay(new TZDate(startOfOsloDay(dateKey).getTime(), OSLO), { in: inOslo });
  return osloDateKey(addDays(start, days, { in: inOslo }));
}

/** Days between two Oslo calendar days. */
export function osloDaysBetween(fromKey: string, toKey: string): number {
  return differenceInCalendarDays(startOfOsloDay(toKey), startOfOsloDay(fromKey), { in: inOslo });
}

/**
 * Age in whole years on the Oslo calendar day of `at`. Birth dates are calendar dates (stored as
 * UTC midnight), so they are compared as y/m/d, not as instants: a right ends on the birthday itself.
 */
export function ageOn(birthDate: Date, at: Date): number {
  const { year: y, month: m, day: d } = osloCalendarDay(at.getTime());
  const by = birthDate.getUTCFullYear();
  const bm = birthDate.getUTCMonth();
  const bd = birthDate.getUTCDate();
  let age = y - by;
  if (m < bm || (m === bm && d < bd)) age -= 1;
  return age;
}

/** The last moment of an Oslo calendar day: a grant "til og med 31.12" holds all of that day. */
export function endOfOsloDay(dateKey: string): Date {
  return new Date(startOfOsloDay(addOsloDays(dateKey, 1)).getTime() - 1);
}

/**
 * The same Oslo wall-clock time `days` calendar days later (14 days after 10:37 is 10:37, across a
 * daylight-saving switch too). In the autumn repeat hour the earlier instant is kept.
 */
export function addOsloDaysExact(instant: Date, days: number): Date {
  return new Date(addDays(new TZDate(instant.getTime(), OSLO), days, { in: inOslo }).getTime());
}
