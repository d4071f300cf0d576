"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import {
  CitizenMessageFields,
  useCitizenMessageErrors,
  type MessageLimits,
} from "@/components/messages/citizen-message-fields";
import { INITIAL_MESSAGE_FORM, type MessageFormState } from "@/components/messages/form-state";

/** Answer in an open thread; keeps the text on any error. */
export function CitizenReplyForm(
  props: MessageLimits & {
    action: (state: MessageFormState, formData: FormData) => Promise<MessageFormState>;
    subject: string;
    threadId: string;
  },
) {
  const t = useTranslations("messages");
  const [state, formAction, pending] = useActionState(props.action, INITIAL_MESSAGE_FORM);
  const errors = useCitizenMessageErrors(state, props);
  const items: ErrorSummaryItem[] = [];
  if (errors.body) items.push({ href: "#svar", text: errors.body });
  if (errors.attachments) items.push({ href: "#vedlegg", text: errors.attachments });
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
      <CitizenMessageFields
        bodyId="svar"
        bodyLabel={t("thread.replyLabel")}
        rows={5}
        state={state}
        limits={props}
        errors={errors}
      />
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("thread.send")}
      </button>
    </form>
  );
}
