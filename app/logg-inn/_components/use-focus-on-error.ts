"use client";

import { useEffect, useRef } from "react";

/** After a failed attempt, move focus to the field so its error is read out and it can be fixed. */
export function useFocusOnError<T extends HTMLElement>(attempt: number, hasError: boolean) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (attempt > 0 && hasError) ref.current?.focus();
  }, [attempt, hasError]);
  return ref;
}
