"use client";

import { useTranslations } from "next-intl";
import { CountedTextarea } from "@/components/form/counted-textarea";
import { Field } from "@/components/form/field";
import { textError } from "@/components/form/text-error";
import type { MessageFormState } from "./form-state";

/** The limits a citizen's message is held to; the server checks the same ones. */
export type MessageLimits = { max: number; maxAttachments: number; maxAttachmentMb: number };

/** The messages for the text and the attachments of a citizen's message, in the reader's language. */
export function useCitizenMessageErrors(state: MessageFormState, limits: MessageLimits) {
  const t = useTranslations("messages");
  return {
    body: textError(state.fieldErrors.body, {
      required: t("errors.bodyRequired"),
      tooLong: t("errors.bodyTooLong", { max: limits.max }),
    }),
    attachments: state.fieldErrors.attachments
      ? t(`errors.attachment.${state.fieldErrors.attachments}`, {
          max: limits.maxAttachments,
          mb: limits.maxAttachmentMb,
        })
      : null,
  };
}

/**
 * A citizen's message text (with its counter) and attachments, as Ny melding and the reply in a
 * thread both ask for them. What was typed comes back from the state on any error.
 */
export function CitizenMessageFields(props: {
  bodyId: string;
  bodyLabel: string;
  rows?: number;
  state: MessageFormState;
  limits: MessageLimits;
  errors: { body: string | null; attachments: string | null };
}) {
  const t = useTranslations("messages");
  const { limits } = props;
  return (
    <>
      <CountedTextarea
        key={`${props.bodyId}-${props.state.attempt}`}
        id={props.bodyId}
        name="body"
        label={props.bodyLabel}
        hint={t("compose.bodyHint", { max: limits.max })}
        max={limits.max}
        defaultValue={props.state.values.body}
        error={props.errors.body}
        rows={props.rows ?? 8}
        required
      />
      <Field
        id="vedlegg"
        label={t("attachments.label")}
        hint={t("attachments.hint", { max: limits.maxAttachments, mb: limits.maxAttachmentMb })}
        error={props.errors.attachments}
      >
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
    </>
  );
}
