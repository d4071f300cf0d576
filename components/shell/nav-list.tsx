"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";

export type NavEntry = { href: string; label: string; ready: boolean };

type Props = { entries: NavEntry[]; menuLabel: string; comingLabel: string };

/**
 * The links, twice: inside a <details> disclosure on narrow screens (works without JavaScript)
 * and as a plain row on wide ones. CSS shows one; the hidden one is display:none, so screen
 * readers meet only one list. aria-current follows the path, which is why this is a client leaf.
 */
export function NavList({ entries, menuLabel, comingLabel }: Props) {
  const pathname = usePathname();
  const details = useRef<HTMLDetailsElement>(null);

  // Close the narrow-screen menu after navigating, as a full page load would.
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [pathname]);

  const items = entries.map((entry) => {
    const current = pathname === entry.href;
    return (
      <li key={entry.href}>
        {entry.ready ? (
          <Link href={entry.href} className="nav-link" aria-current={current ? "page" : undefined}>
            {entry.label}
          </Link>
        ) : (
          <span className="nav-coming">
            {entry.label}&nbsp;{comingLabel}
          </span>
        )}
      </li>
    );
  });

  return (
    <div className="container-page">
      <details ref={details} className="py-2 lg:hidden">
        <summary className="btn btn-small">{menuLabel}</summary>
        <ul role="list" className="plain-list mt-2 flex flex-col">
          {items}
        </ul>
      </details>
      <ul role="list" className="plain-list hidden flex-wrap gap-x-1 py-1 lg:flex">
        {items}
      </ul>
    </div>
  );
}
