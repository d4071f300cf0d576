/** What a text field's server check can say: nothing typed, or more than the limit. */
export type TextErrorCode = "required" | "too_long";

/**
 * The message for a text field's error code in the form's language, or null when the field is fine.
 * Each form names its own texts (what is missing differs by field), the choice is made once here.
 */
export function textError(
  code: TextErrorCode | null | undefined,
  texts: { required: string; tooLong: string },
): string | null {
  if (!code) return null;
  return code === "required" ? texts.required : texts.tooLong;
}
