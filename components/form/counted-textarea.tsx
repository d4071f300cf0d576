"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Field } from "./field";

/**
 * The one textarea with a character counter (messages, renewal decisions, formal requests): a Field
 * (label, hint, error tied to it) whose textarea also names the counter in aria-describedby. The
 * visible count follows every keystroke; screen readers hear it in a polite live region only after a
 * pause, so typing is not drowned in announcements. Without JavaScript the server renders the count
 * for what was typed, the field has maxLength, and the server still checks the length.
 */
export function CountedTextarea(props: {
  id: string;
  name: string;
  label: string;
  hint: string;
  max: number;
  defaultValue: string;
  error: string | null;
  rows?: number;
  /** The field frame's class, when it is narrower or spaced differently than the default. */
  className?: string;
  /** Announced as required (the form's own check says what is missing; forms use noValidate). */
  required?: boolean;
}) {
  const t = useTranslations("common.counter");
  const [length, setLength] = useState(props.defaultValue.length);
  const [announced, setAnnounced] = useState(props.defaultValue.length);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(length), 1000);
    return () => clearTimeout(timer);
  }, [length]);
  const counter = (left: number) =>
    left >= 0 ? t("left", { count: left }) : t("over", { count: -left });
  return (
    <Field
      id={props.id}
      label={props.label}
      hint={props.hint}
      error={props.error}
      className={props.className}
    >
      {(control) => (
        <>
          <textarea
            {...control}
            aria-describedby={[control["aria-describedby"], `${props.id}-teller`]
              .filter(Boolean)
              .join(" ")}
            name={props.name}
            rows={props.rows ?? 6}
            className="textarea"
            required={props.required}
            maxLength={props.max}
            defaultValue={props.defaultValue}
            onChange={(e) => setLength(e.currentTarget.value.length)}
          />
          <p id={`${props.id}-teller`} className="field-hint m-0" aria-hidden="true">
            {counter(props.max - length)}
          </p>
          <p className="sr-only" aria-live="polite">
            {announced === props.defaultValue.length ? "" : counter(props.max - announced)}
          </p>
        </>
      )}
    </Field>
  );
}
