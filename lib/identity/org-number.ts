import { mod11CheckDigit } from "@/lib/identity/national-id";

/** Organisation number (Enhetsregisteret): 8 digits and a mod-11 check digit. */
const ORG_WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2] as const;

/** True for 9 digits (spaces ignored) whose last digit is the mod-11 check digit. */
export function isValidOrgNumber(input: string): boolean {
  const value = input.replace(/\s+/g, "");
  if (!/^\d{9}$/.test(value)) return false;
  const digits = Array.from(value, Number);
  return mod11CheckDigit(digits.slice(0, 8), ORG_WEIGHTS) === digits[8];
}

/**
 * Completes an 8-digit base with its check digit, or null when no valid number exists for it.
 * Seeds use bases starting with 1: real organisation numbers start with 8 or 9, so ours never clash.
 */
export function completeOrgNumber(base8: string): string | null {
  if (!/^\d{8}$/.test(base8)) throw new RangeError(`expected 8 digits, got "${base8}"`);
  const check = mod11CheckDigit(Array.from(base8, Number), ORG_WEIGHTS);
  return check === null ? null : `${base8}${check}`;
}
