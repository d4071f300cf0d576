"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { DeadlineNotice } from "./deadline-notice";
import { ErrorSummary, type ErrorSummaryItem } from "./error-summary";
import { REASON_MAX, type CancelFormState } from "./form-state";

type Props = {
  action: (state: CancelFormState, formData: FormData) => Promise<CancelFormState>;
  subject: string;
  appointmentId: string;
  unitName: string;
  keepHref: string;
};

const INITIAL: CancelFormState = { attempt: 0, error: null, deadline: null, fieldErrors: {}, values: { reason: "" } };

/** "Avbestill": confirm, with an optional reason (a POST). */
export function CancelForm(props: Props) {
  const t = useTranslations("appointments");
  const [state, formAction, pending] = useActionState(props.action, INITIAL);
  const tooLong = state.fieldErrors.reason === "too_long";
  const items: ErrorSummaryItem[] = tooLong ? [{ href: "#avbestill-grunn", text: t("errors.reasonTooLong", { max: REASON_MAX }) }] : [];

  if (state.error === "deadline" && state.deadline) {
    return (
      <>
        <DeadlineNotice info={state.deadline} className="alert alert-error" />
        <p>
          <Link href={props.keepHref}>{t("common.backToAppointment")}</Link>
        </p>
      </>
    );
  }
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="subject" value={props.subject} />
      <input type="hidden" name="appointmentId" value={props.appointmentId} />
      <ErrorSummary title={t("common.errorSummaryTitle")} items={items} focusKey={state.attempt}>
        {state.error === "unexpected" ? <p>{t("common.unexpected")}</p> : null}
      </ErrorSummary>
      <div className="field max-w-[40rem]">
        <label htmlFor="avbestill-grunn" className="field-label">
          {t("cancel.reasonLabel")} {t("common.optional")}
        </label>
        <p id="avbestill-grunn-hint" className="field-hint m-0">
          {t("cancel.reasonHint", { unit: props.unitName, max: REASON_MAX })}
        </p>
        {tooLong ? (
          <p id="avbestill-grunn-feil" className="field-error m-0">
            {t("errors.reasonTooLong", { max: REASON_MAX })}
          </p>
        ) : null}
        <textarea
          key={`grunn-${state.attempt}`}
          id="avbestill-grunn"
          name="reason"
          rows={3}
          className="textarea"
          maxLength={REASON_MAX}
          defaultValue={state.values.reason}
          aria-describedby={tooLong ? "avbestill-grunn-hint avbestill-grunn-feil" : "avbestill-grunn-hint"}
          aria-invalid={tooLong ? true : undefined}
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {t("cancel.submit")}
        </button>
        <Link href={props.keepHref}>{t("cancel.keep")}</Link>
      </div>
    </form>
  );
}
