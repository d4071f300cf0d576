"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import type { RenewalRequestFormState } from "@/components/medications/form-state";
import { Field } from "@/components/form/field";

export type RenewalOption = { id: string; label: string; details: string; waiting: boolean };

type Props = {
  action: (state: RenewalRequestFormState, formData: FormData) => Promise<RenewalRequestFormState>;
  subject: string;
  options: readonly RenewalOption[];
  preselectedId: string | null;
  noteMax: number;
  cancelHref: string;
};

/** "Be om fornyet resept": pick a current medication, add an optional note, send (a plain POST). */
export function RenewalRequestForm(props: Props) {
  const t = useTranslations("medications");
  const initial: RenewalRequestFormState = {
    attempt: 0,
    error: null,
    fieldErrors: {},
    values: { medicationId: props.preselectedId ?? "", note: "" },
  };
  const [state, formAction, pending] = useActionState(props.action, initial);
  const medicationError =
    state.fieldErrors.medicationId === "required"
      ? t("errors.medicationRequired")
      : state.error === "already_requested"
        ? t("errors.alreadyRequested")
        : state.error === "not_renewable"
          ? t("errors.notRenewable")
          : null;
  const noteError =
    state.fieldErrors.note === "too_long" ? t("errors.noteTooLong", { max: props.noteMax }) : null;
  const items: ErrorSummaryItem[] = [
    ...(medicationError ? [{ href: "#legemiddel-0", text: medicationError }] : []),
    ...(noteError ? [{ href: "#forny-melding", text: noteError }] : []),
  ];
  const message = state.error === "unexpected" ? t("errors.unexpected") : null;

  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="subject" value={props.subject} />
      <ErrorSummary
        title={t("errors.summaryTitle")}
        items={items}
        focusKey={state.attempt}
        messages={[message]}
      />
      <fieldset
        className="field max-w-none"
        aria-describedby={medicationError ? "legemiddel-feil" : undefined}
      >
        <legend className="mb-2 text-lg">{t("form.medicationLegend")}</legend>
        {medicationError ? (
          <p id="legemiddel-feil" className="field-error m-0">
            {medicationError}
          </p>
        ) : null}
        <ul role="list" className="plain-list grid gap-2">
          {props.options.map((o, i) => (
            <li
              key={`${o.id}-${state.attempt}`}
              className="choice rounded border border-line-subtle p-2"
            >
              <input
                type="radio"
                id={`legemiddel-${i}`}
                name="medicationId"
                value={o.id}
                defaultChecked={o.id === state.values.medicationId}
                disabled={o.waiting}
                aria-describedby={`legemiddel-${i}-detaljer`}
              />
              <label htmlFor={`legemiddel-${i}`}>
                <span className="font-semibold">{o.label}</span>
                <span id={`legemiddel-${i}-detaljer`} className="block text-muted">
                  {o.waiting ? `${o.details}. ${t("form.waiting")}.` : o.details}
                </span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <Field
        id="forny-melding"
        label={
          <>
            {t("form.noteLabel")} {t("form.optional")}
          </>
        }
        hint={t("form.noteHint", { max: props.noteMax })}
        error={noteError}
        className="field max-w-[40rem]"
      >
        {(control) => (
          <textarea
            key={`melding-${state.attempt}`}
            name="note"
            rows={3}
            className="textarea"
            defaultValue={state.values.note}
            {...control}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {t("form.submit")}
        </button>
        <Link href={props.cancelHref}>{t("form.cancel")}</Link>
      </div>
    </form>
  );
}
