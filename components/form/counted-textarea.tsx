"use client";

import { useEffect, useState } from "react";
import { Field } from "./field";

/**
 * A textarea in a Field with a live character counter. The visible count follows every keystroke;
 * screen readers hear it only after a pause, so typing is not drowned in announcements. Without
 * JavaScript the field still has maxLength and the server checks the length. `counter` gives the
 * text for the characters left (negative: over the limit), in the form's own language.
 */
export function CountedTextarea(props: {
  id: string;
  name: string;
  label: string;
  hint: string;
  max: number;
  defaultValue: string;
  error: string | null;
  counter: (left: number) => string;
  rows?: number;
}) {
  const [length, setLength] = useState(props.defaultValue.length);
  const [announced, setAnnounced] = useState(props.defaultValue.length);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(length), 1000);
    return () => clearTimeout(timer);
  }, [length]);
  return (
    <Field id={props.id} label={props.label} hint={props.hint} error={props.error}>
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
            maxLength={props.max}
            defaultValue={props.defaultValue}
            onChange={(e) => setLength(e.currentTarget.value.length)}
          />
          <p id={`${props.id}-teller`} className="field-hint m-0" aria-hidden="true">
            {props.counter(props.max - length)}
          </p>
          <p className="sr-only" aria-live="polite">
            {announced === props.defaultValue.length ? "" : props.counter(props.max - announced)}
          </p>
        </>
      )}
    </Field>
  );
}
