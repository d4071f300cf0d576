"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { TestSignInState } from "../actions";
import { useFocusOnError } from "./use-focus-on-error";

export type OptionGroup = { label: string; options: { value: string; label: string }[] };

type FormProps = {
  /** The form action from useActionState, and the state it returned. */
  action: (formData: FormData) => void;
  state: TestSignInState;
  pending: boolean;
  neste: string;
  /** id of the field, and the base of its hint and error ids. */
  id: string;
  name: string;
  label: string;
  hint?: string;
  button: string;
};

/** Error text under the label, and the aria-describedby that ties hint and error to the field. */
function useFieldDescription(state: TestSignInState, id: string, hint: string | undefined) {
  const t = useTranslations("auth");
  const ids = [hint ? `${id}-hint` : null, state.error ? `${id}-error` : null].filter(Boolean).join(" ");
  const error = state.error ? (
    <p id={`${id}-error`} className="field-error m-0" role="alert">
      {t(`errors.${state.error}`)}
    </p>
  ) : null;
  return { describedBy: ids || undefined, error };
}

/** "Pick a seeded person": a grouped select. Keeps the choice and takes focus after a failed try. */
export function TestSignInPickForm({ action, state, pending, neste, id, name, label, hint, button, placeholder, groups }: FormProps & { placeholder: string; groups: OptionGroup[] }) {
  const ref = useFocusOnError<HTMLSelectElement>(state.attempt, state.error !== null);
  const { describedBy, error } = useFieldDescription(state, id, hint);
  return (
    <form action={action} className="card">
      <input type="hidden" name="mode" value="pick" />
      <input type="hidden" name="neste" value={neste} />
      <div className="field">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="field-hint m-0">
            {hint}
          </p>
        ) : null}
        {error}
        <select
          key={`pick-${state.attempt}`}
          ref={ref}
          id={id}
          name={name}
          className="select"
          defaultValue={state.value}
          aria-describedby={describedBy}
          aria-invalid={state.error ? true : undefined}
        >
          <option value="">{placeholder}</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {button}
      </button>
    </form>
  );
}

/** "Type a number": a numeric text field that keeps what was typed; `children` adds fields after it. */
export function TestSignInTypedForm({ action, state, pending, neste, id, name, label, hint, button, children }: FormProps & { children?: ReactNode }) {
  const ref = useFocusOnError<HTMLInputElement>(state.attempt, state.error !== null);
  const { describedBy, error } = useFieldDescription(state, id, hint);
  return (
    <form action={action} className="card">
      <input type="hidden" name="mode" value="typed" />
      <input type="hidden" name="neste" value={neste} />
      <div className="field">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {hint ? (
          <p id={`${id}-hint`} className="field-hint m-0">
            {hint}
          </p>
        ) : null}
        {error}
        <input
          key={`typed-${state.attempt}`}
          ref={ref}
          id={id}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          className="input max-w-[16rem]"
          defaultValue={state.value}
          aria-describedby={describedBy}
          aria-invalid={state.error ? true : undefined}
        />
      </div>
      {children}
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {button}
      </button>
    </form>
  );
}
