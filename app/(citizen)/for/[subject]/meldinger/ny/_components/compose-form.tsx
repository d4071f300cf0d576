"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import { INITIAL_MESSAGE_FORM, type MessageFormState } from "@/components/messages/form-state";
import { MessageTextField } from "@/components/messages/message-text-field";
import { Field } from "@/components/form/field";

type Props = {
  action: (state: MessageFormState, formData: FormData) => Promise<MessageFormState>;
  subject: string;
  unitId: string;
  topics: readonly { id: string; label: string }[];
  max: number;
  maxAttachments: number;
  maxAttachmentMb: number;
};

/** "Ny melding", step 2: topic, text and attachments. Keeps everything typed on any error. */
export function ComposeForm(props: Props) {
  const t = useTranslations("messages");
  const [state, formAction, pending] = useActionState(props.action, INITIAL_MESSAGE_FORM);
  const bodyError = state.fieldErrors.body
    ? state.fieldErrors.body === "required"
      ? t("errors.bodyRequired")
      : t("errors.bodyTooLong", { max: props.max })
    : null;
  const topicError = state.fieldErrors.topicId ? t("errors.topicRequired") : null;
  const fileError = state.fieldErrors.attachments
    ? t(`errors.attachment.${state.fieldErrors.attachments}`, {
        max: props.maxAttachments,
        mb: props.maxAttachmentMb,
      })
    : null;
  const items: ErrorSummaryItem[] = [];
  if (topicError) items.push({ href: "#tema", text: topicError });
  if (bodyError) items.push({ href: "#tekst", text: bodyError });
  if (fileError) items.push({ href: "#vedlegg", text: fileError });

  return (
    <form action={formAction} noValidate encType="multipart/form-data">
      <input type="hidden" name="subject" value={props.subject} />
      <input type="hidden" name="unitId" value={props.unitId} />
      <ErrorSummary
        title={t("errors.summaryTitle")}
        items={items}
        focusKey={state.attempt}
        messages={[
          state.error === "recipient" && t("errors.recipient"),
          state.error === "unexpected" && t("errors.unexpected"),
        ]}
      />

      <Field
        id="tema"
        label={t("compose.topicLabel")}
        error={topicError}
        className="field max-w-[40rem]"
      >
        {(control) => (
          <select
            key={`tema-${state.attempt}`}
            name="topicId"
            className="select"
            defaultValue={state.values.topicId}
            {...control}
          >
            <option value="">{t("compose.topicPlaceholder")}</option>
            {props.topics.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.label}
              </option>
            ))}
          </select>
        )}
      </Field>

      <MessageTextField
        key={`tekst-${state.attempt}`}
        id="tekst"
        name="body"
        label={t("compose.bodyLabel")}
        hint={t("compose.bodyHint", { max: props.max })}
        max={props.max}
        defaultValue={state.values.body}
        error={bodyError}
      />

      <AttachmentField
        error={fileError}
        hint={t("attachments.hint", { max: props.maxAttachments, mb: props.maxAttachmentMb })}
        label={t("attachments.label")}
      />

      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("compose.send")}
      </button>
    </form>
  );
}

export function AttachmentField({
  error,
  hint,
  label,
}: {
  error: string | null;
  hint: string;
  label: string;
}) {
  return (
    <Field id="vedlegg" label={label} hint={hint} error={error} className="field max-w-[40rem]">
      {(control) => (
        <input
          name="attachments"
          type="file"
          multiple
          accept="image/jpeg,image/png,application/pdf"
          {...control}
        />
      )}
    </Field>
  );
}
