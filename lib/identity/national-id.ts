/**
 * Norwegian national identity numbers (fødselsnummer and D-number), and HPR numbers.
 *
 * Layout: DDMMYY III KK — birth date, a 3-digit individual number (which also fixes the century) and
 * two mod-11 check digits. D-numbers add 40 to the day. Synthetic test numbers (Skatteetaten/Tenor)
 * add 80 to the month, so they can never belong to a real person.
 */

export type NationalIdRejection = "format" | "checksum" | "date" | "not_synthetic";

export type ParsedNationalId =
  | { ok: true; value: string; birthDate: Date; synthetic: boolean }
  | { ok: false; reason: NationalIdRejection };

const WEIGHTS_K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const WEIGHTS_K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

const D_NUMBER_DAY_OFFSET = 40;
const SYNTHETIC_MONTH_OFFSET = 80;

/** Mod-11 check digit over `digits`; null when the remainder gives 10 (no valid number exists). */
export function mod11CheckDigit(
  digits: readonly number[],
  weights: readonly number[],
): number | null {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (digits[i] ?? 0) * (weights[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/** Both check digits for the first nine digits, or null if either would be 10. */
function checkDigits(first9: readonly number[]): [number, number] | null {
  const k1 = mod11CheckDigit(first9, WEIGHTS_K1);
  if (k1 === null) return null;
  const k2 = mod11CheckDigit([...first9, k1], WEIGHTS_K2);
  if (k2 === null) return null;
  return [k1, k2];
}

/**
 * The full birth year for a two-digit year and individual number (Skatteetaten's ranges), or null
 * when the combination was never issued.
 */
export function birthYearFor(yy: number, individualNumber: number): number | null {
  if (individualNumber >= 0 && individualNumber <= 499) return 1900 + yy;
  if (individualNumber >= 500 && individualNumber <= 749 && yy >= 54) return 1800 + yy;
  if (individualNumber >= 500 && individualNumber <= 999 && yy <= 39) return 2000 + yy;
  if (individualNumber >= 900 && individualNumber <= 999 && yy >= 40) return 1900 + yy;
  return null;
}

/** The individual numbers that encode a given birth year, as inclusive ranges in ascending order. */
export function individualNumberRanges(year: number): Array<[number, number]> {
  if (year >= 1854 && year <= 1899) return [[500, 749]];
  if (year >= 1900 && year <= 1939) return [[0, 499]];
  if (year >= 1940 && year <= 1999)
    return [
      [0, 499],
      [900, 999],
    ];
  if (year >= 2000 && year <= 2039) return [[500, 999]];
  return [];
}

function isRealCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one; Date.UTC knows the leap-year rules.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/**
 * Parses a fødselsnummer or D-number. Spaces are ignored. Outside production (`allowReal` false,
 * the default) only synthetic numbers pass, so a real person's number never enters test data.
 * The birth date is UTC midnight of the calendar date. Future birth dates are not rejected: this
 * function is pure and knows no clock.
 */
export function parseNationalId(input: string, opts?: { allowReal?: boolean }): ParsedNationalId {
  const value = input.replace(/\s+/g, "");
  if (!/^\d{11}$/.test(value)) return { ok: false, reason: "format" };

  const digits = Array.from(value, Number);
  const expected = checkDigits(digits.slice(0, 9));
  if (expected === null || expected[0] !== digits[9] || expected[1] !== digits[10]) {
    return { ok: false, reason: "checksum" };
  }

  let day = Number(value.slice(0, 2));
  let month = Number(value.slice(2, 4));
  const yy = Number(value.slice(4, 6));
  const individualNumber = Number(value.slice(6, 9));

  if (day > D_NUMBER_DAY_OFFSET) day -= D_NUMBER_DAY_OFFSET;
  const synthetic = month > SYNTHETIC_MONTH_OFFSET;
  if (synthetic) month -= SYNTHETIC_MONTH_OFFSET;

  const year = birthYearFor(yy, individualNumber);
  if (year === null || !isRealCalendarDate(year, month, day)) return { ok: false, reason: "date" };

  if (!synthetic && !(opts?.allowReal ?? false)) return { ok: false, reason: "not_synthetic" };

  return { ok: true, value, birthDate: new Date(Date.UTC(year, month - 1, day)), synthetic };
}

/** True for a well-formed number with valid check digits and date (synthetic or, if allowed, real). */
export function isValidNationalId(input: string, opts?: { allowReal?: boolean }): boolean {
  return parseNationalId(input, opts).ok;
}

/**
 * Builds a synthetic fødselsnummer (month + 80) for a birth date (its UTC calendar date) and an
 * individual number. Returns null when the check digits come out as 10 — the caller then tries the
 * next individual number. The individual number's third digit is even for women, odd for men.
 * Throws a RangeError if the individual number cannot encode the birth year (a caller bug).
 */
export function generateSyntheticNationalId(
  birthDate: Date,
  individualNumber: number,
): string | null {
  const year = birthDate.getUTCFullYear();
  if (!Number.isInteger(individualNumber) || individualNumber < 0 || individualNumber > 999) {
    throw new RangeError(`individual number must be 0-999, got ${individualNumber}`);
  }
  const yy = year % 100;
  if (birthYearFor(yy, individualNumber) !== year) {
    throw new RangeError(`individual number ${individualNumber} cannot encode birth year ${year}`);
  }
  const pad2 = (n: number) => String(n).padStart(2, "0");
  const first9 =
    pad2(birthDate.getUTCDate()) +
    pad2(birthDate.getUTCMonth() + 1 + SYNTHETIC_MONTH_OFFSET) +
    pad2(yy) +
    String(individualNumber).padStart(3, "0");
  const check = checkDigits(Array.from(first9, Number));
  if (check === null) return null;
  return `${first9}${check[0]}${check[1]}`;
}

/**
 * HPR number (Helsepersonellregisteret): 7-9 digits, no leading zero. We know of no published
 * check-digit rule, so only the shape is checked.
 */
export function isValidHprNumber(input: string): boolean {
  return /^[1-9]\d{6,8}$/.test(input.trim());
}
