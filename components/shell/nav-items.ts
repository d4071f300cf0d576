/**
 * The citizen portal's main navigation. `href` is the path after /for/[subject] ("" is Forside).
 * A "coming" item is shown as plain text marked "(kommer)", never as a link, so the menu never
 * promises a page that does not work. Flip an item to "ready" when its page is done.
 */
export type NavStatus = "ready" | "coming";

export type NavItem = {
  href: string;
  /** Key under shell.nav.items in lib/i18n/messages/<locale>/shell.json. */
  labelKey: string;
  status: NavStatus;
};

export const CITIZEN_NAV_ITEMS: readonly NavItem[] = [
  { href: "", labelKey: "home", status: "ready" },
  { href: "/timeavtaler", labelKey: "appointments", status: "ready" },
  { href: "/meldinger", labelKey: "messages", status: "ready" },
  { href: "/provesvar", labelKey: "labResults", status: "ready" },
  { href: "/legemidler", labelKey: "medications", status: "ready" },
  { href: "/helseopplysninger", labelKey: "healthRecord", status: "ready" },
  { href: "/innsynslogg", labelKey: "accessLog", status: "ready" },
  { href: "/fullmakter", labelKey: "proxies", status: "ready" },
  { href: "/profil", labelKey: "profile", status: "ready" },
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
export function navItemForSection(items: readonly NavItem[], section: string): NavItem | undefined {
  return items.find((item) => item.href === `/${section}`);
}
