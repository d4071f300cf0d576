import type { AccessBasis, UnitKind } from "@/lib/generated/prisma/enums";
import type { Actor } from "./actor";
import type { ItemScope } from "./rules";

/**
 * The gate decides whether a category of a person's record may be read at all; this decides, item
 * by item, what of it this access shows. Every read of single items (lists, details, counts,
 * calendar files, notes) asks it; a domain with its own per-item rules (result release, a message
 * thread's participants) passes them in as `rules`, so there is still one answer.
 */

/** Services where a young person may seek help without their parents knowing. */
export const CONFIDENTIAL_UNIT_KINDS: readonly UnitKind[] = [
  "HEALTH_STATION",
  "MENTAL_HEALTH",
  "SUBSTANCE_ABUSE",
];

/** From 12 until 16 a parent sees practical things only (see parentalCategories in rules.ts). */
const PARENTAL_LIMITED_FROM = 12;
const PARENTAL_ENDS_AT = 16;

/** What the gate decided, as far as single items go. The gate builds it; domains only pass it on. */
export type ItemView = {
  readonly actorKind: Actor["kind"];
  readonly basis: AccessBasis;
  readonly subjectId: string;
  /** The subject's age on the day of access (Europe/Oslo). */
  readonly subjectAge: number;
  /** Whose items a care relation reaches (need-to-know); null means every item of the category. */
  readonly scope: ItemScope;
  readonly now: Date;
};

/** The facts about one item that decide who sees it. A domain fills in what its items have. */
export type ItemFacts = {
  /** The unit the item belongs to: where it was booked, who wrote it, which inbox it went to. */
  unitId: string | null;
  organisationId: string | null;
  unitKind: UnitKind | null;
  /** The person on the citizen side who created it (booked, wrote, answered); null if a clinician did. */
  createdByPersonId: string | null;
  /** A clinician marked this single item "not shown to guardians". */
  hiddenFromGuardians: boolean;
  /**
   * For content released to the patient later (notes, results): from when the patient side may see
   * it; null while it is not released. Leave undefined for items that are the patient's at once.
   */
  releasedFrom?: Date | null;
};

export type ItemVisibility<F extends string> =
  { readonly visible: false } | { readonly visible: true; readonly redacted: ReadonlySet<F> };

/** A domain's own rule, asked after the common ones: hide the item, redact more fields, or say nothing. */
export type ItemRule<F extends string> = (
  view: ItemView,
  item: ItemFacts,
) => ItemVisibility<F> | null;

export type ItemSpec<F extends string> = {
  /**
   * The item's fields beyond time, place and kind of service: what the young person said or was
   * told (reason, answers, outcome, notes) and what gives it away (visit type, clinician). A parent
   * of a 12–15-year-old never gets these.
   */
  details: readonly F[];
  rules?: readonly ItemRule<F>[];
};

const HIDDEN = { visible: false } as const;

/** Whether the access is a parent's under the age rules. */
export const isGuardianView = (view: ItemView): boolean => view.basis === "PARENTAL";

/** A parent of a young person 12–15: sees when and where, never what. */
export const isLimitedGuardianView = (view: ItemView): boolean =>
  isGuardianView(view) &&
  view.subjectAge >= PARENTAL_LIMITED_FROM &&
  view.subjectAge < PARENTAL_ENDS_AT;

/** Whether an item of this origin is within a care relation's need-to-know scope. */
export function inScope(
  scope: ItemScope,
  item: Pick<ItemFacts, "unitId" | "organisationId">,
): boolean {
  if (scope === null) return true;
  return (
    (item.unitId !== null && scope.unitIds.includes(item.unitId)) ||
    (item.organisationId !== null && scope.organisationIds.includes(item.organisationId))
  );
}

/**
 * The one item rule: hidden, or visible with some fields redacted.
 * - Health personnel see items within their care relation's scope (everything under emergency access).
 * - The patient side sees content once it is released.
 * - A parent never sees an item marked "not shown to guardians", nor a visit the young person booked
 *   themselves at a confidential service (health station, mental health, substance abuse); for a
 *   12–15-year-old a parent sees only time, place and kind of service.
 */
export function itemVisibility<F extends string>(
  view: ItemView,
  item: ItemFacts,
  spec: ItemSpec<F>,
): ItemVisibility<F> {
  const redacted = new Set<F>();
  if (view.actorKind === "CLINICIAN") {
    if (!inScope(view.scope, item)) return HIDDEN;
  } else {
    if (view.actorKind !== "CITIZEN") return HIDDEN;
    if (
      item.releasedFrom !== undefined &&
      (item.releasedFrom === null || item.releasedFrom > view.now)
    )
      return HIDDEN;
    if (isGuardianView(view)) {
      if (item.hiddenFromGuardians) return HIDDEN;
      const bySubject =
        item.createdByPersonId !== null && item.createdByPersonId === view.subjectId;
      if (bySubject && item.unitKind !== null && CONFIDENTIAL_UNIT_KINDS.includes(item.unitKind))
        return HIDDEN;
      if (isLimitedGuardianView(view)) for (const f of spec.details) redacted.add(f);
    }
  }
  for (const rule of spec.rules ?? []) {
    const said = rule(view, item);
    if (!said) continue;
    if (!said.visible) return HIDDEN;
    for (const f of said.redacted) redacted.add(f);
  }
  return { visible: true, redacted };
}

/** Keeps the items this view may see, each with what it must not show. */
export function visibleItems<T, F extends string>(
  view: ItemView,
  items: readonly T[],
  facts: (item: T) => ItemFacts,
  spec: ItemSpec<F>,
): { item: T; redacted: ReadonlySet<F> }[] {
  const out: { item: T; redacted: ReadonlySet<F> }[] = [];
  for (const item of items) {
    const v = itemVisibility(view, facts(item), spec);
    if (v.visible) out.push({ item, redacted: v.redacted });
  }
  return out;
}
