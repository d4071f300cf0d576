"use client";

import { useEffect, useRef } from "react";

export type ErrorSummaryItem = { href: string; text: string };

/**
 * "Noe må rettes før du kan gå videre": the problems at the top of a form, each linking to its
 * field, and messages that belong to no field (e.g. "someone else took this time"). Rendered, and
 * with JavaScript focused, only when there is something to fix, so a screen reader never announces
 * an empty error box. The server renders it too, so it works without JavaScript; focus moves to it
 * after each attempt (focusKey changes).
 *
 * Messages are a list rather than children: `{a ? <p/> : null}{b ? <p/> : null}` is an array of
 * nulls, which is truthy, and used to make an empty box appear on every form.
 */
export function ErrorSummary({
  title,
  items = [],
  messages = [],
  focusKey,
}: {
  title: string;
  items?: readonly ErrorSummaryItem[];
  /** Messages not tied to one field; empty entries (null, false, "") are left out. */
  messages?: readonly (string | null | false | undefined)[];
  focusKey?: number | string;
}) {
  const ref = useRef<HTMLElement>(null);
  const texts = messages.filter((m): m is string => typeof m === "string" && m.length > 0);
  const visible = items.length > 0 || texts.length > 0;
  useEffect(() => {
    if (visible) ref.current?.focus();
  }, [focusKey, visible]);
  if (!visible) return null;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="feiloppsummering-tittel"
      className="alert alert-error"
    >
      <h2 id="feiloppsummering-tittel" className="mt-0 text-lg">
        {title}
      </h2>
      {texts.map((text) => (
        <p key={text}>{text}</p>
      ))}
      {items.length > 0 ? (
        <ul>
          {items.map((item) => (
            <li key={`${item.href} ${item.text}`}>
              <a href={item.href}>{item.text}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
