"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { DeadlineNotice } from "@/components/appointments/deadline-notice";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { unexpectedMessage } from "@/components/form/unexpected-message";
import { REASON_MAX, type CancelFormState } from "@/components/appointments/form-state";

type Props = {
  action: (state: CancelFormState, formData: FormData) => Promise<CancelFormState>;
  subject: string;
  appointmentId: string;
  unitName: string;
  keepHref: string;
};

const INITIAL: CancelFormState = {
  attempt: 0,
  error: null,
  deadline: null,
  fieldErrors: {},
  values: { reason: "" },
};

/** "Avbestill": confirm, with an optional reason (a POST). */
export function CancelForm(props: Props) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(props.action, INITIAL);
  const tooLong = state.fieldErrors.reason === "too_long";
  const items: ErrorSummaryItem[] = tooLong
    ? [{ href: "#avbestill-grunn", text: t("errors.reasonTooLong", { max: REASON_MAX }) }]
    : [];

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
      <ErrorSummary
        title={t("common.errorSummaryTitle")}
        items={items}
        messages={[state.error === "unexpected" && unexpectedMessage(t, state.errorId)]}
        focusKey={state.attempt}
      />
      <Field
        id="avbestill-grunn"
        label={`${t("cancel.reasonLabel")} ${t("common.optional")}`}
        hint={t("cancel.reasonHint", { unit: props.unitName, max: REASON_MAX })}
        error={tooLong ? t("errors.reasonTooLong", { max: REASON_MAX }) : null}
      >
        {(control) => (
          <textarea
            key={`grunn-${state.attempt}`}
            {...control}
            name="reason"
            rows={3}
            className="textarea"
            maxLength={REASON_MAX}
            defaultValue={state.values.reason}
          />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-4">
        <SubmitButton>{t("cancel.submit")}</SubmitButton>
        <Link href={props.keepHref}>{t("cancel.keep")}</Link>
      </div>
    </form>
  );
}
