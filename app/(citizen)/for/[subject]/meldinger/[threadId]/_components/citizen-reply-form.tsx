"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import { AttachmentField } from "@/app/(citizen)/for/[subject]/meldinger/ny/_components/compose-form";
import { INITIAL_MESSAGE_FORM, type MessageFormState } from "@/components/messages/form-state";
import { MessageTextField } from "@/components/messages/message-text-field";

/** Answer in an open thread; keeps the text on any error. */
export function CitizenReplyForm(props: {
  action: (state: MessageFormState, formData: FormData) => Promise<MessageFormState>;
  subject: string;
  threadId: string;
  max: number;
  maxAttachments: number;
  maxAttachmentMb: number;
}) {
  const t = useTranslations("messages");
  const [state, formAction, pending] = useActionState(props.action, INITIAL_MESSAGE_FORM);
  const bodyError = state.fieldErrors.body
    ? state.fieldErrors.body === "required"
      ? t("errors.bodyRequired")
      : t("errors.bodyTooLong", { max: props.max })
    : null;
  const fileError = state.fieldErrors.attachments
    ? t(`errors.attachment.${state.fieldErrors.attachments}`, {
        max: props.maxAttachments,
        mb: props.maxAttachmentMb,
      })
    : null;
  const items: ErrorSummaryItem[] = [];
  if (bodyError) items.push({ href: "#svar", text: bodyError });
  if (fileError) items.push({ href: "#vedlegg", text: fileError });
  return (
    <form action={formAction} noValidate encType="multipart/form-data">
      <input type="hidden" name="subject" value={props.subject} />
      <input type="hidden" name="threadId" value={props.threadId} />
      <ErrorSummary
        title={t("errors.summaryTitle")}
        items={items}
        focusKey={state.attempt}
        messages={[
          state.error === "closed" && t("errors.closed"),
          state.error === "unexpected" && t("errors.unexpected"),
        ]}
      />
      <MessageTextField
        key={`svar-${state.attempt}`}
        id="svar"
        name="body"
        label={t("thread.replyLabel")}
        hint={t("compose.bodyHint", { max: props.max })}
        max={props.max}
        defaultValue={state.values.body}
        error={bodyError}
        rows={5}
      />
      <AttachmentField
        error={fileError}
        hint={t("attachments.hint", { max: props.maxAttachments, mb: props.maxAttachmentMb })}
        label={t("attachments.label")}
      />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("thread.send")}
      </button>
    </form>
  );
}
