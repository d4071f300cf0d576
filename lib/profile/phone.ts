import { parsePhoneNumberFromString } from "libphonenumber-js/max";

/** A Norwegian number may be typed without +47; any other country needs its +code. */
export const DEFAULT_PHONE_COUNTRY = "NO" as const;
/** Long enough for any number with spaces and a +code; anything longer is not a phone number. */
export const PHONE_MAX = 40;

/**
 * A typed mobile number as E.164 ("+4791234567"), or null when it is not one. Uses the full
 * metadata ("max"), so a number with the right length but an unused range is refused too.
 */
export function parsePhone(typed: string): string | null {
  const text = typed.trim();
  if (text.length === 0 || text.length > PHONE_MAX) return null;
  // Only digits, spaces, dashes, dots, brackets and one leading +: no letters hiding in "1-800-FLOWERS".
  if (!/^\+?[\d\s\-().]+$/.test(text)) return null;
  const parsed = parsePhoneNumberFromString(
    text.startsWith("00") ? `+${text.slice(2)}` : text,
    DEFAULT_PHONE_COUNTRY,
  );
  if (!parsed?.isValid()) return null;
  // Notifications go by SMS: a number that can only be a landline is not a mobile number.
  if (parsed.getType() === "FIXED_LINE") return null;
  return parsed.number;
}

/** An E.164 number for reading: "912 34 567" at home, "+46 70 123 45 67" for a foreign number. */
export function formatPhone(e164: string): string {
  const parsed = parsePhoneNumberFromString(e164);
  if (!parsed) return e164;
  return parsed.country === DEFAULT_PHONE_COUNTRY
    ? parsed.formatNational()
    : parsed.formatInternational();
}
