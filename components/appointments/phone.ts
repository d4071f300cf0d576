/** "+4707100201" → "07 10 02 01" for reading; tel: links keep the full number. */
export function displayPhoneNumber(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, "");
  const national = digits.startsWith("+47") ? digits.slice(3) : digits;
  return /^\d{8}$/.test(national)
    ? national.replace(/(\d{2})(\d{2})(\d{2})(\d{2})/, "$1 $2 $3 $4")
    : phone;
}
