import { getTranslations } from "next-intl/server";
import { NavList, type NavEntry } from "./nav-list";
import type { NavItem } from "./nav-items";

type Props = {
  items: readonly NavItem[];
  /** The base the item hrefs hang off, e.g. "/for/meg". */
  basePath: string;
};

/** The main navigation landmark. Labels are translated here so no messages ship to the browser. */
export async function MainNav({ items, basePath }: Props) {
  const t = await getTranslations("shell.nav");
  const entries: NavEntry[] = items.map((item) => ({
    href: `${basePath}${item.href}`,
    label: t(`items.${item.labelKey}`),
    ready: item.status === "ready",
  }));
  return (
    <nav aria-label={t("label")} className="border-t border-line-subtle">
      <NavList entries={entries} menuLabel={t("menu")} comingLabel={t("coming")} />
    </nav>
  );
}
