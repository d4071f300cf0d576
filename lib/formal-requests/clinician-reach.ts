import type { Actor } from "@/lib/access/actor";
import type { ItemView } from "@/lib/access/item-visibility";

/**
 * The units whose requests this clinician may handle for one patient: the clinician's own units,
 * narrowed to those whose care relation the gate counted (need-to-know: each relation opens the
 * requests addressed to its own unit). A clinician of another unit reaches none.
 */
export function reachableUnitIds(
  actor: Extract<Actor, { kind: "CLINICIAN" }>,
  items: ItemView | null,
): string[] {
  const own = actor.units.map((u) => u.id);
  if (!items) return [];
  if (items.scope === null) return own;
  const inScope = new Set(items.scope.unitIds);
  return own.filter((id) => inScope.has(id));
}
