"use client";

import { useEffect, useRef, type ReactNode } from "react";

export type ErrorSummaryItem = { href: string; text: string };

/**
 * The problems at the top of a form, each linking to its field, and/or a message (e.g. "someone
 * else took this time"). The server renders it too, so it works without JavaScript; with
 * JavaScript, focus moves to it after each attempt (focusKey changes).
 */
export function ErrorSummary({
  title,
  items = [],
  children,
  focusKey,
}: {
  title: string;
  items?: readonly ErrorSummaryItem[];
  children?: ReactNode;
  focusKey?: number | string;
}) {
  const ref = useRef<HTMLElement>(null);
  const visible = items.length > 0 || Boolean(children);
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [focusKey, visible]);
  if (!visible) return null;
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="feiloppsummering-tittel" className="alert alert-error">
      <h2 id="feiloppsummering-tittel" className="mt-0 text-lg">
        {title}
      </h2>
      {children}
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.text}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
