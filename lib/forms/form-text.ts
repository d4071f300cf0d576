/** A text field from a posted form; a missing field or a file reads as "" (zod then says what is wrong). */
export function formText(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}
