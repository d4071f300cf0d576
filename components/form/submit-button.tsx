"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";

/**
 * A form's submit button, disabled while its form is being sent (with JavaScript), so a double
 * click cannot post twice. Without JavaScript it is a plain submit button.
 */
export function SubmitButton({
  children,
  primary = true,
  disabled = false,
  name,
  value,
}: {
  children: ReactNode;
  primary?: boolean;
  disabled?: boolean;
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={primary ? "btn btn-primary" : "btn"}
      disabled={pending || disabled}
    >
      {children}
    </button>
  );
}
