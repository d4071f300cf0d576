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

/** The form around one field: mode and return path, label, hint, error, the control, the button. */
function SignInForm({
  mode,
  action,
  state,
  pending,
  neste,
  id,
  label,
  hint,
  button,
  control,
  after,
}: Omit<FormProps, "name"> & {
  mode: "pick" | "typed";
  control: (props: { describedBy: string | undefined; invalid: true | undefined }) => ReactNode;
  after?: ReactNode;
}) {
  const t = useTranslations("auth");
  const describedBy =
    [hint ? `${id}-hint` : null, state.error ? `${id}-error` : null].filter(Boolean).join(" ") ||
    undefined;
  return (
    <form action={action} className="card">
      <input type="hidden" name="mode" value={mode} />
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
        {state.error ? (
          <p id={`${id}-error`} className="field-error m-0" role="alert">
            {t(`errors.${state.error}`)}
          </p>
        ) : null}
        {control({ describedBy, invalid: state.error ? true : undefined })}
      </div>
      {after}
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {button}
      </button>
    </form>
  );
}

/** "Pick a seeded person": a grouped select. Keeps the choice and takes focus after a failed try. */
export function TestSignInPickForm({
  placeholder,
  groups,
  ...props
}: FormProps & { placeholder: string; groups: OptionGroup[] }) {
  const ref = useFocusOnError<HTMLSelectElement>(props.state.attempt, props.state.error !== null);
  return (
    <SignInForm
      mode="pick"
      {...props}
      control={({ describedBy, invalid }) => (
        <select
          key={`pick-${props.state.attempt}`}
          ref={ref}
          id={props.id}
          name={props.name}
          className="select"
          defaultValue={props.state.value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
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
      )}
    />
  );
}

/** "Type a number": a numeric text field that keeps what was typed; `children` adds fields after it. */
export function TestSignInTypedForm({ children, ...props }: FormProps & { children?: ReactNode }) {
  const ref = useFocusOnError<HTMLInputElement>(props.state.attempt, props.state.error !== null);
  return (
    <SignInForm
      mode="typed"
      {...props}
      after={children}
      control={({ describedBy, invalid }) => (
        <input
          key={`typed-${props.state.attempt}`}
          ref={ref}
          id={props.id}
          name={props.name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          className="input max-w-[16rem]"
          defaultValue={props.state.value}
          aria-describedby={describedBy}
          aria-invalid={invalid}
        />
      )}
    />
  );
}
