"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { unexpectedMessage } from "@/components/form/unexpected-message";
import { REASON_MAX, type BookFormState } from "@/components/appointments/form-state";
import { SlotRadios, type SlotOption } from "@/components/appointments/slot-radios";

type Props = {
  action: (state: BookFormState, formData: FormData) => Promise<BookFormState>;
  subject: string;
  unitId: string;
  unitName: string;
  day: string;
  dayLabel: string;
  /** The chosen time, or null when it is no longer free. */
  selected: (SlotOption & { when: string; where: string; clinician: string | null }) | null;
  /** When `selected` is null: was the time taken meanwhile, or is there no such time at all (a made-up ?tid)? */
  selectedGone?: "taken" | "unknown";
  /** Hours before the start when online changes close, if the chosen time is already inside them. */
  insideDeadlineHours: number | null;
  /** Other free times on the same day. */
  alternatives: readonly SlotOption[];
  chooseTimeHref: string;
  otherDaysHref: string;
};

const INITIAL: BookFormState = {
  attempt: 0,
  error: null,
  fieldErrors: {},
  values: { reason: "", slotId: "" },
};

/**
 * Step 3: the reason and the confirmation (a POST). If someone else got the time first, the same
 * form offers the remaining free times and keeps what the person wrote.
 */
export function BookConfirmForm(props: Props) {
  const t = useTranslations("appointments");
  const [state, formAction] = useActionState(props.action, INITIAL);
  // After a lost race the page is drawn again with the times still free, so props are current.
  const lost = state.error === "slot_taken" || state.error === "slot_not_bookable";
  const picking = props.selected === null || lost;
  // Why the chosen time cannot be booked: lost to someone else now, or already gone (or never there) on arrival.
  const lostMessage =
    state.error === "slot_not_bookable"
      ? t("book.slotNotBookable")
      : state.error === "slot_taken"
        ? t("book.slotTaken")
        : props.selected === null && state.attempt === 0
          ? props.selectedGone === "unknown"
            ? t("book.slotUnknown")
            : t("book.slotTaken")
          : null;

  const items: ErrorSummaryItem[] = [];
  if (state.fieldErrors.slotId) items.push({ href: "#tid-0", text: t("errors.timeRequired") });
  if (state.fieldErrors.reason === "required")
    items.push({ href: "#grunn", text: t("errors.reasonRequired") });
  if (state.fieldErrors.reason === "too_long")
    items.push({ href: "#grunn", text: t("errors.reasonTooLong", { max: REASON_MAX }) });
  const reasonError = state.fieldErrors.reason
    ? state.fieldErrors.reason === "required"
      ? t("errors.reasonRequired")
      : t("errors.reasonTooLong", { max: REASON_MAX })
    : null;

  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="subject" value={props.subject} />
      <input type="hidden" name="unitId" value={props.unitId} />
      <input type="hidden" name="day" value={props.day} />

      <ErrorSummary
        title={t("common.errorSummaryTitle")}
        items={items}
        messages={[
          lostMessage,
          state.error === "unexpected" && unexpectedMessage(t, state.errorId),
        ]}
        focusKey={state.attempt}
      />

      {picking ? (
        props.alternatives.length > 0 ? (
          <SlotRadios
            legend={t("book.timesOn", { day: props.dayLabel })}
            slots={props.alternatives}
            name="slotId"
            selectedId={state.values.slotId}
            error={state.fieldErrors.slotId ? t("errors.timeRequired") : null}
          />
        ) : (
          <>
            <p>{t("book.noOtherTimes")}</p>
            <p>
              <Link href={props.otherDaysHref}>{t("book.otherDays")}</Link>
            </p>
          </>
        )
      ) : props.selected ? (
        <>
          <h3>{t("book.chosenTime")}</h3>
          <input type="hidden" name="slotId" value={props.selected.id} />
          <dl className="facts">
            <dt>{t("common.when")}</dt>
            <dd>{props.selected.when}</dd>
            <dt>{t("common.where")}</dt>
            <dd>{props.selected.where}</dd>
            <dt>{t("common.unit")}</dt>
            <dd>{props.unitName}</dd>
            {props.selected.clinician ? (
              <>
                <dt>{t("common.clinician")}</dt>
                <dd>{props.selected.clinician}</dd>
              </>
            ) : null}
          </dl>
          {props.insideDeadlineHours !== null ? (
            <div className="alert alert-warning">
              <p>{t("book.insideDeadline", { hours: props.insideDeadlineHours })}</p>
            </div>
          ) : null}
          <p>
            <Link href={props.chooseTimeHref}>{t("book.changeTime")}</Link>
          </p>
        </>
      ) : null}

      <Field
        id="grunn"
        label={t("book.reasonLabel")}
        hint={t("book.reasonHint", { unit: props.unitName, max: REASON_MAX })}
        error={reasonError}
      >
        {(control) => (
          <textarea
            key={`grunn-${state.attempt}`}
            {...control}
            name="reason"
            rows={4}
            className="textarea"
            required
            maxLength={REASON_MAX}
            defaultValue={state.values.reason}
          />
        )}
      </Field>

      <SubmitButton disabled={picking && props.alternatives.length === 0}>
        {t("book.confirm")}
      </SubmitButton>
    </form>
  );
}
