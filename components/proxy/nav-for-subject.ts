import type { SubjectOverview } from "@/lib/access/acting-for";
import type { DataCategory } from "@/lib/generated/prisma/enums";

/**
 * Which data categories each citizen section shows (the path after /for/[subject]). A section is
 * offered when the actor may read any of them; "fullmakter" only to the person themself.
 */
const SECTION_CATEGORIES: Record<string, readonly DataCategory[] | "self"> = {
  "": [],
  "/timeavtaler": ["APPOINTMENTS"],
  "/meldinger": ["MESSAGES"],
  "/provesvar": ["LAB_RESULTS"],
  "/legemidler": ["MEDICATIONS"],
  "/helseopplysninger": ["DIAGNOSES", "ALLERGIES", "VACCINES", "NOTES", "DOCUMENTS"],
  "/innsynslogg": ["ACCESS_LOG"],
  "/fullmakter": "self",
  "/profil": ["PROFILE"],
};

/** Whether the section at `href` belongs in the menu for this subject (unknown sections: self only). */
export function sectionVisible(href: string, overview: Pick<SubjectOverview, "isSelf" | "readable">): boolean {
  if (overview.isSelf) return true;
  const needs = SECTION_CATEGORIES[href] ?? "self";
  if (needs === "self") return false;
  return needs.length === 0 || needs.some((c) => overview.readable.includes(c));
}

/** The menu for someone acting for this subject: sections outside the grant are left out. */
export function navItemsForSubject<T extends { href: string }>(
  items: readonly T[],
  overview: Pick<SubjectOverview, "isSelf" | "readable">,
): T[] {
  return items.filter((item) => sectionVisible(item.href, overview));
}
