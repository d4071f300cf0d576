import { ageOn, osloDateKey } from "@/lib/time/oslo";

/** A calendar date as a Date at UTC midnight, the way Prisma returns @db.Date columns. */
export function calendarDate(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

/** Today's Oslo calendar date (UTC midnight), whatever the server's zone. */
export function osloToday(now: Date = new Date()): Date {
  const [y, m, d] = osloDateKey(now).split("-").map(Number) as [number, number, number];
  return calendarDate(y, m, d);
}

/**
 * A birth date that makes someone exactly `age` on the Oslo day of `today`, their last birthday
 * having been `daysSinceBirthday` days ago (0 = today is the birthday; at most 364 keeps the age).
 */
export function birthDateForAge(
  age: number,
  opts: { today?: Date; daysSinceBirthday?: number } = {},
): Date {
  const days = opts.daysSinceBirthday ?? 0;
  if (!Number.isInteger(age) || age < 0)
    throw new RangeError(`age must be a whole number >= 0, got ${age}`);
  if (!Number.isInteger(days) || days < 0 || days > 364) {
    throw new RangeError(`daysSinceBirthday must be 0-364, got ${days}`);
  }
  const now = opts.today ?? new Date();
  const today = osloToday(now);
  const y = today.getUTCFullYear() - age;
  const m = today.getUTCMonth();
  const d = today.getUTCDate();
  // A 29 February "today" has no twin in a common year: the birthday falls on 28 February.
  let birthday = new Date(Date.UTC(y, m, d));
  if (birthday.getUTCMonth() !== m) birthday = new Date(Date.UTC(y, m, d - 1));
  const birth = new Date(birthday.getTime() - days * 86_400_000);
  // Guard: a leap day between birth and birthday must not shift the age (364 days never does).
  if (ageOn(birth, now) !== age) {
    throw new RangeError(`no birth date gives age ${age} with ${days} days since the birthday`);
  }
  return birth;
}
