/** Checks for ids and days taken from the URL, before anything reaches the database. */
export { isUuid } from "@/lib/ids/uuid";

/** A real calendar day as yyyy-mm-dd (rejects 2025-02-30). */
export function isDayKey(value: unknown): value is string {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a query parameter, or undefined. */
export function param(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * A day from the query (?dag=…): the day when it is a real calendar day, else what was asked for
 * (shortened), so the page can say it does not exist instead of silently showing another day.
 */
export function readDay(
  params: SearchParams,
  name = "dag",
): { day: string | undefined; invalid: string | null } {
  const value = param(params, name) ?? "";
  if (value === "") return { day: undefined, invalid: null };
  return isDayKey(value)
    ? { day: value, invalid: null }
    : { day: undefined, invalid: String(value).slice(0, 20) };
}

/** The error id (a UUID from lib/log/log-error.ts) an action put in the URL after an unexpected error, or "?". */
export function errorRef(value: string | undefined): string {
  return value && /^[0-9a-f-]{8,36}$/i.test(value) ? value : "?";
}
