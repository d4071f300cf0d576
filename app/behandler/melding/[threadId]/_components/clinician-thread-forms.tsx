"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import {
  INITIAL_CLINICIAN_REPLY,
  type ClinicianReplyState,
} from "@/components/messages/form-state";
import { CountedTextarea } from "@/components/form/counted-textarea";
import { Field } from "@/components/form/field";
import { textError } from "@/components/form/text-error";

type Action = (state: ClinicianReplyState, formData: FormData) => Promise<ClinicianReplyState>;

/** The refusal that belongs to no field, as a message for the error summary. */
function useRefusal(state: ClinicianReplyState): string | null {
  const t = useTranslations("messages.clinicianThread.errors");
  if (state.error === "closed") return t("closed");
  if (state.error === "not_in_inbox") return t("notInInbox");
  if (state.error === "unexpected") return t("unexpected");
  return null;
}

/** Reply as oneself or as the unit; the text survives any error. */
export function ClinicianReplyForm(props: {
  action: Action;
  threadId: string;
  unitName: string;
  max: number;
}) {
  const t = useTranslations("messages");
  const [state, formAction, pending] = useActionState(props.action, INITIAL_CLINICIAN_REPLY);
  const refusal = useRefusal(state);
  const bodyError = textError(state.fieldErrors.body, {
    required: t("clinicianThread.errors.bodyRequired"),
    tooLong: t("clinicianThread.errors.bodyTooLong", { max: props.max }),
  });
  const items: ErrorSummaryItem[] = bodyError ? [{ href: "#svar", text: bodyError }] : [];
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="threadId" value={props.threadId} />
      <ErrorSummary
        title={t("errors.summaryTitle")}
        items={items}
        focusKey={state.attempt}
        messages={[refusal]}
      />
      <CountedTextarea
        key={`svar-${state.attempt}`}
        id="svar"
        name="body"
        label={t("clinicianThread.replyLabel")}
        hint={t("compose.bodyHint", { max: props.max })}
        max={props.max}
        defaultValue={state.values.body}
        error={bodyError}
        rows={6}
        required
      />
      <div className="choice">
        <input
          key={`som-enhet-${state.attempt}`}
          type="checkbox"
          id="som-enhet"
          name="asUnit"
          defaultChecked={state.values.asUnit}
        />
        <label htmlFor="som-enhet">{t("clinicianThread.asUnit", { unit: props.unitName })}</label>
      </div>
      <button type="submit" className="btn btn-primary mt-3" disabled={pending}>
        {t("clinicianThread.send")}
      </button>
    </form>
  );
}

/** Forward to another inbox with a note; the note survives any error. */
export function ForwardForm(props: {
  action: Action;
  threadId: string;
  targets: readonly { id: string; name: string }[];
  noteMax: number;
}) {
  const t = useTranslations("messages.clinicianThread");
  const tm = useTranslations("messages");
  const [state, formAction, pending] = useActionState(props.action, INITIAL_CLINICIAN_REPLY);
  const refusal = useRefusal(state);
  const targetError = state.fieldErrors.toInboxId ? t("errors.toInboxRequired") : null;
  const noteError = state.fieldErrors.note ? t("errors.noteTooLong", { max: props.noteMax }) : null;
  const items: ErrorSummaryItem[] = [];
  if (targetError) items.push({ href: "#til-innboks", text: targetError });
  if (noteError) items.push({ href: "#notat", text: noteError });
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="threadId" value={props.threadId} />
      {items.length > 0 || (state.error && state.error !== "invalid") ? (
        <ErrorSummary
          title={tm("errors.summaryTitle")}
          items={items}
          focusKey={state.attempt}
          messages={[refusal]}
        />
      ) : null}
      <Field
        id="til-innboks"
        label={t("forwardTo")}
        error={targetError}
        className="field max-w-[40rem]"
      >
        {(control) => (
          <select
            key={`til-${state.attempt}`}
            name="toInboxId"
            className="select"
            defaultValue={state.values.toInboxId}
            {...control}
          >
            <option value="">{t("forwardChoose")}</option>
            {props.targets.map((target) => (
              <option key={target.id} value={target.id}>
                {target.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <CountedTextarea
        key={`notat-${state.attempt}`}
        id="notat"
        name="note"
        label={t("noteLabel")}
        hint={t("noteHint", { max: props.noteMax })}
        max={props.noteMax}
        defaultValue={state.values.note}
        error={noteError}
        rows={3}
        className="field max-w-[40rem]"
      />
      <button type="submit" className="btn" disabled={pending}>
        {t("forward")}
      </button>
    </form>
  );
}
