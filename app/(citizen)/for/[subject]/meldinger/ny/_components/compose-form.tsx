"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import {
  CitizenMessageFields,
  useCitizenMessageErrors,
  type MessageLimits,
} from "@/components/messages/citizen-message-fields";
import { INITIAL_MESSAGE_FORM, type MessageFormState } from "@/components/messages/form-state";

type Props = MessageLimits & {
  action: (state: MessageFormState, formData: FormData) => Promise<MessageFormState>;
  subject: string;
  unitId: string;
  topics: readonly { id: string; label: string }[];
};

/** "Ny melding", step 2: topic, text and attachments. Keeps everything typed on any error. */
export function ComposeForm(props: Props) {
  const t = useTranslations("messages");
  const [state, formAction, pending] = useActionState(props.action, INITIAL_MESSAGE_FORM);
  const errors = useCitizenMessageErrors(state, props);
  const topicError = state.fieldErrors.topicId ? t("errors.topicRequired") : null;
  const items: ErrorSummaryItem[] = [];
  if (topicError) items.push({ href: "#tema", text: topicError });
  if (errors.body) items.push({ href: "#tekst", text: errors.body });
  if (errors.attachments) items.push({ href: "#vedlegg", text: errors.attachments });

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

      <Field id="tema" label={t("compose.topicLabel")} error={topicError}>
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

      <CitizenMessageFields
        bodyId="tekst"
        bodyLabel={t("compose.bodyLabel")}
        state={state}
        limits={props}
        errors={errors}
      />

      <button type="submit" className="btn btn-primary" disabled={pending}>
        {t("compose.send")}
      </button>
    </form>
  );
}
