import type { Access } from "./gate";

/**
 * Which medications an access may show. A clinician may mark one "not shown to guardians": then no
 * parent and no proxy sees it anywhere (list, renewal, counts); the person themself and clinicians
 * in care do, and the person sees that it is hidden from guardians. Kept as its own function so the
 * one item-visibility function in lib/access can call it.
 */
export function medicationVisibleWhere(access: Pick<Access, "basis">): {
  hiddenFromGuardians?: false;
} {
  return actsOnBehalf(access) ? { hiddenFromGuardians: false } : {};
}

/** The same rule for a medication already loaded. */
export function isMedicationVisible(
  access: Pick<Access, "basis">,
  medication: { hiddenFromGuardians: boolean },
): boolean {
  return !(actsOnBehalf(access) && medication.hiddenFromGuardians);
}

function actsOnBehalf(access: Pick<Access, "basis">): boolean {
  return access.basis === "PARENTAL" || access.basis === "PROXY_GRANT";
}
