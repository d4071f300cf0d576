import Holidays from "date-holidays";
import { addOsloDays, osloDateKey } from "./oslo";

// Norwegian public holidays (the Easter-based ones included) from a maintained calendar, by Oslo day.
const norway = new Holidays("NO", { types: ["public"] });
const byYear = new Map<number, ReadonlySet<string>>();

function holidaysOf(year: number): ReadonlySet<string> {
  let days = byYear.get(year);
  if (!days) {
    days = new Set(norway.getHolidays(year).map((h) => h.date.slice(0, 10)));
    byYear.set(year, days);
  }
  return days;
}

/** Whether an Oslo calendar day (yyyy-mm-dd) is a working day: not a weekend, not a public holiday. */
export function isWorkingDay(dateKey: string): boolean {
  const [y, m, d] = dateKey.split("-").map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidaysOf(y).has(dateKey);
}

/**
 * The Oslo day by which a reply is promised: the `days`-th working day after the day of `from`
 * (a message sent on Friday with 1 working day is answered by Monday, Easter and 17 May skipped).
 */
export function addWorkingDays(from: Date, days: number): string {
  let key = osloDateKey(from);
  let left = days;
  while (left > 0) {
    key = addOsloDays(key, 1);
    if (isWorkingDay(key)) left--;
  }
  return key;
}
