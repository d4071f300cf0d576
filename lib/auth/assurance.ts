/**
 * Sign-in assurance. Health data needs the highest level: ID-porten's "idporten-loa-high" (BankID,
 * Buypass, Commfides) and HelseID's security level 4. Asking for it (acr_values) is not enough: the
 * provider says in the ID token what it actually did, and that is what we check.
 */

export const IDPORTEN_REQUIRED_ACR = "idporten-loa-high";
export const HELSEID_SECURITY_LEVEL_CLAIM = "helseid://claims/identity/security_level";
export const HELSEID_REQUIRED_SECURITY_LEVEL = 4;

/** True when ID-porten says the user signed in at idporten-loa-high; anything else (or nothing) fails. */
export function idportenAssuranceOk(claims: Record<string, unknown>): boolean {
  return claims.acr === IDPORTEN_REQUIRED_ACR;
}

/** True when HelseID's security level claim is 4 or higher (a string or number; an array if repeated). */
export function helseIdAssuranceOk(claims: Record<string, unknown>): boolean {
  const raw = claims[HELSEID_SECURITY_LEVEL_CLAIM];
  const values = Array.isArray(raw) ? raw : [raw];
  const levels = values
    .map((v) =>
      typeof v === "number"
        ? v
        : typeof v === "string" && /^\d+$/.test(v.trim())
          ? Number(v.trim())
          : NaN,
    )
    .filter((n) => Number.isInteger(n));
  // Several values would be odd; the lowest one counts.
  return levels.length > 0 && Math.min(...levels) >= HELSEID_REQUIRED_SECURITY_LEVEL;
}
