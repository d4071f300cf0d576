"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import type { DataCategory, ProxyLevel } from "@/lib/generated/prisma/enums";
import {
  GIVE_PROXY_FIELDS,
  INITIAL_GIVE_PROXY_STATE,
  type GiveProxyField,
  type GiveProxyState,
  type GiveProxyValues,
} from "./give-proxy-form-state";

type Props = {
  action: (state: GiveProxyState, formData: FormData) => Promise<GiveProxyState>;
  levels: readonly ProxyLevel[];
  categories: readonly DataCategory[];
  /** Today's Oslo date (yyyy-mm-dd): the earliest last day the date picker offers. */
  today: string;
  /** Changing an existing grant: no person to find, the grant's id instead, and what to start from. */
  change?: { grantId: string; values: GiveProxyValues };
};

const FIELD_IDS: Record<GiveProxyField, string> = {
  form: "gi-fullmakt",
  nationalId: "fullmakt-fnr",
  familyName: "fullmakt-etternavn",
  level: "fullmakt-niva",
  categories: "fullmakt-kategorier",
  until: "fullmakt-til",
};

/**
 * The "Gi fullmakt" form, and with `change` the "Endre fullmakt" form (pre-filled, without the person
 * fields). A client leaf only for useActionState: it posts to the server action and works the same
 * without JavaScript (the server renders the answer with the typed values kept).
 */
export function GiveProxyForm({ action, levels, categories, today, change }: Props) {
  const t = useTranslations("proxy");
  const common = useTranslations("common");
  const [state, formAction, pending] = useActionState(
    action,
    change ? { ...INITIAL_GIVE_PROXY_STATE, values: change.values } : INITIAL_GIVE_PROXY_STATE,
  );
  const summary = useRef<HTMLDivElement>(null);
  const { values, errors } = state;
  const failed = GIVE_PROXY_FIELDS.filter((f) => errors[f]);

  // After a refused submit, move focus to the list of problems (as a full page load would not).
  useEffect(() => {
    if (state.attempt > 0 && failed.length > 0) summary.current?.focus();
  }, [state.attempt, failed.length]);

  const describedBy = (field: GiveProxyField, hint?: string) =>
    [hint, errors[field] ? `${FIELD_IDS[field]}-feil` : null].filter(Boolean).join(" ") ||
    undefined;
  const fieldError = (field: GiveProxyField) =>
    errors[field] ? (
      <p id={`${FIELD_IDS[field]}-feil`} className="field-error m-0">
        <span className="sr-only">{common("errorPrefix")}: </span>
        {t(`errors.${errors[field]}`)}
      </p>
    ) : null;

  return (
    <form action={formAction} id={FIELD_IDS.form} noValidate>
      {failed.length > 0 ? (
        <div ref={summary} tabIndex={-1} role="alert" className="alert alert-error">
          <h3 className="mt-0">{t(change ? "change.errorSummary" : "form.errorSummary")}</h3>
          <ul>
            {failed.map((field) => (
              <li key={field}>
                {field === "form" ? (
                  t(`errors.${errors[field]}`)
                ) : (
                  <a href={`#${FIELD_IDS[field]}`}>{t(`errors.${errors[field]}`)}</a>
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {change ? (
        <input type="hidden" name="grantId" value={change.grantId} />
      ) : (
        <>
          <p>{t("form.intro")}</p>

          <fieldset className="mb-4">
            <legend className="text-lg font-semibold">{t("form.personLegend")}</legend>
            <div className="field mt-2">
              <label htmlFor={FIELD_IDS.nationalId} className="field-label">
                {t("form.nationalId")}
              </label>
              <p id="fullmakt-fnr-hint" className="field-hint m-0">
                {t("form.nationalIdHint")}
              </p>
              {fieldError("nationalId")}
              <input
                id={FIELD_IDS.nationalId}
                name="nationalId"
                className="input max-w-[14rem]"
                inputMode="numeric"
                autoComplete="off"
                spellCheck={false}
                maxLength={20}
                defaultValue={values.nationalId}
                aria-invalid={errors.nationalId ? true : undefined}
                aria-describedby={describedBy("nationalId", "fullmakt-fnr-hint")}
              />
            </div>
            <div className="field">
              <label htmlFor={FIELD_IDS.familyName} className="field-label">
                {t("form.familyName")}
              </label>
              <p id="fullmakt-etternavn-hint" className="field-hint m-0">
                {t("form.familyNameHint")}
              </p>
              {fieldError("familyName")}
              <input
                id={FIELD_IDS.familyName}
                name="familyName"
                className="input"
                autoComplete="off"
                maxLength={100}
                defaultValue={values.familyName}
                aria-invalid={errors.familyName ? true : undefined}
                aria-describedby={describedBy("familyName", "fullmakt-etternavn-hint")}
              />
            </div>
          </fieldset>
        </>
      )}

      <fieldset
        id={FIELD_IDS.level}
        tabIndex={-1}
        className="field"
        aria-describedby={describedBy("level")}
      >
        <legend className="text-lg">{t("form.levelLegend")}</legend>
        {fieldError("level")}
        {levels.map((level) => (
          <div key={level} className="choice">
            <input
              type="radio"
              className="shrink-0"
              id={`fullmakt-niva-${level}`}
              name="level"
              value={level}
              defaultChecked={values.level === level}
              aria-describedby={`fullmakt-niva-${level}-hint`}
            />
            <div>
              <label htmlFor={`fullmakt-niva-${level}`} className="font-semibold">
                {t(`levels.${level}`)}
              </label>
              <p id={`fullmakt-niva-${level}-hint`} className="field-hint m-0">
                {t(`levelHints.${level}`)}
              </p>
            </div>
          </div>
        ))}
      </fieldset>

      <fieldset
        id={FIELD_IDS.categories}
        tabIndex={-1}
        className="field"
        aria-describedby={describedBy("categories", "fullmakt-kategorier-hint")}
      >
        <legend className="text-lg">{t("form.categoriesLegend")}</legend>
        <p id="fullmakt-kategorier-hint" className="field-hint m-0">
          {t("form.categoriesHint")}
        </p>
        {fieldError("categories")}
        <div className="choice">
          <input
            type="checkbox"
            className="shrink-0"
            id="fullmakt-alle"
            name="all"
            defaultChecked={values.all}
            aria-describedby="fullmakt-alle-hint"
          />
          <div>
            <label htmlFor="fullmakt-alle" className="font-semibold">
              {t("form.all")}
            </label>
            <p id="fullmakt-alle-hint" className="field-hint m-0">
              {t("form.allHint")}
            </p>
          </div>
        </div>
        <ul className="plain-list ms-7 grid gap-x-6 sm:grid-cols-2">
          {categories.map((category) => (
            <li key={category} className="choice">
              <input
                type="checkbox"
                className="shrink-0"
                id={`fullmakt-kategori-${category}`}
                name="categories"
                value={category}
                defaultChecked={values.categories.includes(category)}
              />
              <label htmlFor={`fullmakt-kategori-${category}`}>{t(`categories.${category}`)}</label>
            </li>
          ))}
        </ul>
      </fieldset>

      <div className="field">
        <label htmlFor={FIELD_IDS.until} className="field-label">
          {t("form.until")}
        </label>
        <p id="fullmakt-til-hint" className="field-hint m-0">
          {t("form.untilHint")}
        </p>
        {fieldError("until")}
        <input
          type="date"
          id={FIELD_IDS.until}
          name="until"
          className="input max-w-[14rem]"
          min={today}
          defaultValue={values.until}
          aria-invalid={errors.until ? true : undefined}
          aria-describedby={describedBy("until", "fullmakt-til-hint")}
        />
      </div>

      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t(change ? "change.submit" : "form.submit")}
      </button>
    </form>
  );
}
