import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ActingForOption } from "@/lib/access/acting-for";
import { actingForHref } from "./acting-for-href";

type Props = {
  /** listActingForOptions(db, actor): the citizen first, then the people they may act for. */
  options: readonly ActingForOption[];
  /** The person whose pages are shown now (the resolved /for/[subject]), or null off those pages. */
  currentPersonId: string | null;
};

/**
 * The compact "Bytt person" control for the header: a <details> disclosure of plain links, so it
 * works without JavaScript. Renders nothing for someone who can act only for themself.
 */
export async function ActingForSwitcher({ options, currentPersonId }: Props) {
  if (options.length < 2) return null;
  const t = await getTranslations("proxy");
  const current = options.find((o) => o.personId === currentPersonId);
  const label = (o: ActingForOption) =>
    o.basis === "SELF" ? t("chooser.selfName", { name: o.name }) : o.name;
  const why = (o: ActingForOption) =>
    o.basis === "PROXY_GRANT" && o.level
      ? t("chooser.basis.PROXY_GRANT", { level: t(`levels.${o.level}`).toLowerCase() })
      : t(`chooser.basis.${o.basis}`);

  return (
    <details className="relative">
      <summary className="btn btn-small">
        {t("switcher.summary")}
        {current ? (
          <span className="sr-only">. {t("switcher.current", { name: current.name })}</span>
        ) : null}
      </summary>
      <nav
        aria-label={t("switcher.listLabel")}
        className="card mt-2 w-[min(22rem,calc(100vw-2rem))] shadow-lg lg:absolute lg:right-0 lg:z-20"
      >
        <ul className="plain-list grid gap-1">
          {options.map((o) => (
            <li key={o.personId}>
              <Link
                href={actingForHref(o)}
                className="nav-link flex-col items-start"
                aria-current={o.personId === currentPersonId ? "true" : undefined}
              >
                <span className={o.personId === currentPersonId ? "font-bold" : undefined}>
                  {label(o)}
                </span>
                <span className="text-base text-muted">{why(o)}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-2 mb-0">
          <Link href="/velg-person">{t("switcher.all")}</Link>
        </p>
      </nav>
    </details>
  );
}
