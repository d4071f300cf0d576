"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";

/**
 * The message text with a character counter. The visible count follows every keystroke; screen
 * readers hear it only after a pause, so typing is not drowned in announcements. Without
 * JavaScript the field still has maxLength and the server checks the length.
 */
export function MessageTextField(props: {
  id: string;
  name: string;
  label: string;
  hint: string;
  max: number;
  defaultValue: string;
  error: string | null;
  rows?: number;
}) {
  const t = useTranslations("messages");
  const [length, setLength] = useState(props.defaultValue.length);
  const [announced, setAnnounced] = useState(props.defaultValue.length);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(length), 1000);
    return () => clearTimeout(timer);
  }, [length]);
  const left = props.max - length;
  const describedBy = [
    `${props.id}-hint`,
    `${props.id}-teller`,
    props.error ? `${props.id}-feil` : null,
  ]
    .filter(Boolean)
    .join(" ");
  return (
    <div className="field max-w-[40rem]">
      <label htmlFor={props.id} className="field-label">
        {props.label}
      </label>
      <p id={`${props.id}-hint`} className="field-hint m-0">
        {props.hint}
      </p>
      {props.error ? (
        <p id={`${props.id}-feil`} className="field-error m-0">
          {props.error}
        </p>
      ) : null}
      <textarea
        id={props.id}
        name={props.name}
        rows={props.rows ?? 8}
        className="textarea"
        required
        maxLength={props.max}
        defaultValue={props.defaultValue}
        onChange={(e) => setLength(e.currentTarget.value.length)}
        aria-describedby={describedBy}
        aria-invalid={props.error ? true : undefined}
      />
      <p id={`${props.id}-teller`} className="field-hint m-0" aria-hidden="true">
        {left >= 0 ? t("counter.left", { count: left }) : t("counter.over", { count: -left })}
      </p>
      <p className="sr-only" aria-live="polite">
        {announced === props.defaultValue.length
          ? ""
          : t("counter.left", { count: props.max - announced })}
      </p>
    </div>
  );
}
