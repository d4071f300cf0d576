import type { ReactNode } from "react";

/** What a control inside a Field needs, to be read together with its hint and error. */
export type FieldControl = { id: string; "aria-describedby"?: string; "aria-invalid"?: true };

/**
 * A form field's frame: label, hint and error above the control, tied to it by id. The control is
 * a render prop so any input, textarea or select gets the same wiring. No hooks: usable in server
 * and client components alike.
 */
export function Field({
  id,
  label,
  hint,
  error,
  className = "field max-w-[40rem]",
  children,
}: {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  className?: string;
  children: (control: FieldControl) => ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-feil` : null;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ");
  return (
    <div className={className}>
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId!} className="field-hint m-0">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId!} className="field-error m-0">
          {error}
        </p>
      ) : null}
      {children({
        id,
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
        ...(error ? { "aria-invalid": true as const } : {}),
      })}
    </div>
  );
}
