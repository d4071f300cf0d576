import type { SubjectOverview } from "@/lib/access/acting-for";
import type { DataCategory } from "@/lib/generated/prisma/enums";

/**
 * The section registry: every section of the citizen portal and the clinician area, once. `href` is
 * the path after /for/[subject] (or /behandler); "" is Forside. A "coming" item is shown as plain
 * text marked "(kommer)", never as a link, so the menu never promises a page that does not work.
 * Flip an item to "ready" when its page is done.
 */
export type NavStatus = "ready" | "coming";

export type NavItem = {
  href: string;
  /** Key under shell.nav.items in lib/i18n/messages/<locale>/shell.json. */
  labelKey: string;
  status: NavStatus;
};

/**
 * A citizen section also says which data categories it shows: someone acting for another person
 * is offered it when they may read any of them; "self" only to the person themself (fullmakter).
 * What to show only: the access gate still decides every read.
 */
export type CitizenSection = NavItem & { shows: readonly DataCategory[] | "self" };

export const CITIZEN_NAV_ITEMS: readonly CitizenSection[] = [
  { href: "", labelKey: "home", status: "ready", shows: [] },
  { href: "/timeavtaler", labelKey: "appointments", status: "ready", shows: ["APPOINTMENTS"] },
  { href: "/meldinger", labelKey: "messages", status: "ready", shows: ["MESSAGES"] },
  { href: "/provesvar", labelKey: "labResults", status: "ready", shows: ["LAB_RESULTS"] },
  { href: "/legemidler", labelKey: "medications", status: "ready", shows: ["MEDICATIONS"] },
  {
    href: "/helseopplysninger",
    labelKey: "healthRecord",
    status: "ready",
    shows: ["DIAGNOSES", "ALLERGIES", "VACCINES", "NOTES", "DOCUMENTS", "FORMAL_REQUESTS"],
  },
  { href: "/innsynslogg", labelKey: "accessLog", status: "ready", shows: ["ACCESS_LOG"] },
  { href: "/fullmakter", labelKey: "proxies", status: "ready", shows: "self" },
  { href: "/profil", labelKey: "profile", status: "ready", shows: ["PROFILE"] },
];

/** The clinician area's navigation, under /behandler. The unit inboxes are under /innboks. */
export const CLINICIAN_NAV_ITEMS: readonly NavItem[] = [
  { href: "", labelKey: "home", status: "ready" },
  { href: "/enhet", labelKey: "units", status: "ready" },
  { href: "/pasient", labelKey: "findPatient", status: "ready" },
  { href: "/provesvar", labelKey: "labRelease", status: "ready" },
  { href: "/fornyelser", labelKey: "renewals", status: "ready" },
  { href: "/foresporsler", labelKey: "formalRequests", status: "ready" },
  { href: "/innboks", labelKey: "inbox", status: "ready" },
];

/** The nav item for a section path segment ("timeavtaler" → its item), or undefined. */
export function navItemForSection<T extends NavItem>(
  items: readonly T[],
  section: string,
): T | undefined {
  return items.find((item) => item.href === `/${section}`);
}

type Overview = Pick<SubjectOverview, "isSelf" | "readable">;

/** Whether a citizen section (or the section at this href) belongs in the menu for this subject; unknown sections: self only. */
export function sectionVisible(section: CitizenSection | string, overview: Overview): boolean {
  if (overview.isSelf) return true;
  const item =
    typeof section === "string" ? CITIZEN_NAV_ITEMS.find((i) => i.href === section) : section;
  const needs = item?.shows ?? "self";
  if (needs === "self") return false;
  return needs.length === 0 || needs.some((c) => overview.readable.includes(c));
}

/** The menu for someone acting for this subject: sections outside the grant are left out. */
export function navItemsForSubject<T extends CitizenSection>(
  items: readonly T[],
  overview: Overview,
): T[] {
  return items.filter((item) => sectionVisible(item, overview));
}
