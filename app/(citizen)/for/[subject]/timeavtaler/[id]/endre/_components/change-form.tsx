"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { DeadlineNotice } from "@/components/appointments/deadline-notice";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import { SubmitButton } from "@/components/form/submit-button";
import { unexpectedMessage } from "@/components/form/unexpected-message";
import type { ChangeFormState } from "@/components/appointments/form-state";
import { SlotRadios, type SlotOption } from "@/components/appointments/slot-radios";

type Props = {
  action: (state: ChangeFormState, formData: FormData) => Promise<ChangeFormState>;
  subject: string;
  appointmentId: string;
  unitId: string;
  day: string;
  dayLabel: string;
  slots: readonly SlotOption[];
};

const INITIAL: ChangeFormState = {
  attempt: 0,
  error: null,
  deadline: null,
  fieldErrors: {},
  values: { newSlotId: "" },
};

/** "Endre tid": pick another free time of the same unit (a POST). The old time is kept on failure. */
export function ChangeForm(props: Props) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(props.action, INITIAL);
  const items: ErrorSummaryItem[] = state.fieldErrors.newSlotId
    ? [{ href: "#tid-0", text: t("errors.timeRequired") }]
    : [];

  if (state.error === "deadline" && state.deadline) {
    return <DeadlineNotice info={state.deadline} className="alert alert-error" />;
  }
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="subject" value={props.subject} />
      <input type="hidden" name="appointmentId" value={props.appointmentId} />
      <input type="hidden" name="unitId" value={props.unitId} />
      <input type="hidden" name="day" value={props.day} />
      <ErrorSummary
        title={t("common.errorSummaryTitle")}
        items={items}
        messages={[
          state.error === "slot_taken" && t("change.slotTaken"),
          state.error === "slot_not_bookable" && t("change.slotNotBookable"),
          state.error === "unexpected" && unexpectedMessage(t, state.errorId),
        ]}
        focusKey={state.attempt}
      />
      {props.slots.length > 0 ? (
        <>
          <SlotRadios
            key={`tider-${state.attempt}`}
            legend={t("book.timesOn", { day: props.dayLabel })}
            slots={props.slots}
            name="newSlotId"
            selectedId={state.values.newSlotId}
            error={state.fieldErrors.newSlotId ? t("errors.timeRequired") : null}
          />
          <SubmitButton>{t("change.submit")}</SubmitButton>
        </>
      ) : (
        <p>{t("book.noOtherTimes")}</p>
      )}
    </form>
  );
}
