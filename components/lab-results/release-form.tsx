"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary } from "@/components/form/error-summary";
import { CountedTextarea } from "@/components/form/counted-textarea";

export type ReleaseState = {
  attempt: number;
  error: "choose" | "too_long" | null;
  comment: string;
  selected: string[];
};

export type ReleaseRow = {
  /** "<personId>:<observationId>" */
  value: string;
  label: string;
  patient: string;
  analysis: string;
  value_: string;
  range: string;
  flag: string;
  outOfRange: boolean;
  taken: string;
  patientSees: string;
  hidden: boolean;
};

const INITIAL: ReleaseState = { attempt: 0, error: null, comment: "", selected: [] };

/**
 * The release work list as one form: tick results, optionally write a comment the patient sees,
 * release. A plain form post without JavaScript; what was ticked and typed stays on an error.
 */
export function ReleaseForm({
  action,
  rows,
  page = {},
  commentMax,
}: {
  action: (state: ReleaseState, formData: FormData) => Promise<ReleaseState>;
  rows: readonly ReleaseRow[];
  /** The work list page the rows are on (its cursor), to come back to after releasing. */
  page?: { etter?: string; foer?: string };
  /** The longest comment the server takes (RELEASE_COMMENT_MAX). */
  commentMax: number;
}) {
  const t = useTranslations("labResults.workList");
  const [state, formAction, pending] = useActionState(action, INITIAL);
  const chooseError = state.error === "choose" ? t("errors.choose") : null;
  const commentError = state.error === "too_long" ? t("errors.too_long") : null;
  const items = [
    ...(chooseError ? [{ href: "#frigi-liste", text: chooseError }] : []),
    ...(commentError ? [{ href: "#frigi-kommentar", text: commentError }] : []),
  ];
  return (
    <form action={formAction} noValidate>
      {page.etter ? <input type="hidden" name="etter" value={page.etter} /> : null}
      {page.foer ? <input type="hidden" name="foer" value={page.foer} /> : null}
      <ErrorSummary title={t("errorTitle")} items={items} focusKey={state.attempt} />
      <fieldset
        id="frigi-liste"
        className="m-0 border-0 p-0"
        aria-describedby={chooseError ? "frigi-liste-feil" : undefined}
      >
        <legend className="sr-only">{t("caption")}</legend>
        {chooseError ? (
          <p id="frigi-liste-feil" className="field-error">
            {chooseError}
          </p>
        ) : null}
        <ul role="list" className="plain-list grid gap-3">
          {rows.map((r) => (
            <li key={`${r.value}-${state.attempt}`} className="card">
              <div className="choice">
                <input
                  type="checkbox"
                  id={`frigi-${r.value}`}
                  name="items"
                  value={r.value}
                  defaultChecked={state.selected.includes(r.value)}
                />
                <label htmlFor={`frigi-${r.value}`} className="font-semibold">
                  {r.label}
                </label>
              </div>
              <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt>{t("value")}</dt>
                <dd
                  className={`m-0 ${r.outOfRange ? "font-semibold" : ""}`}
                >{`${r.value_} (${r.flag}; ${r.range})`}</dd>
                <dt>{t("patientSees")}</dt>
                <dd className="m-0">{r.patientSees}</dd>
              </dl>
              {r.hidden ? <p className="mb-0 text-muted">{t("hidden")}</p> : null}
            </li>
          ))}
        </ul>
      </fieldset>
      <CountedTextarea
        key={`kommentar-${state.attempt}`}
        id="frigi-kommentar"
        name="comment"
        label={t("comment")}
        hint={t("commentHint")}
        max={commentMax}
        defaultValue={state.comment}
        error={commentError}
        rows={3}
        className="field mt-4 max-w-[40rem]"
      />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
