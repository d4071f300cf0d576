"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { ErrorSummary, type ErrorSummaryItem } from "@/components/form/error-summary";
import { Field } from "@/components/form/field";
import { SubmitButton } from "@/components/form/submit-button";
import { initialContactState, type ContactFormState } from "./form-state";

type Props = {
  action: (state: ContactFormState, formData: FormData) => Promise<ContactFormState>;
  subject: string;
  /** What is stored now, as the person reads it ("912 34 567"). */
  phone: string;
  email: string;
};

/** Phone and e-mail: a plain POST that works without JavaScript; errors keep what was typed. */
export function ContactForm(props: Props) {
  const t = useTranslations("profile");
  const [state, formAction] = useActionState(
    props.action,
    initialContactState({ phone: props.phone, email: props.email }),
  );
  const phoneError = state.fieldErrors.phone ? t(`errors.${state.fieldErrors.phone}`) : null;
  const emailError = state.fieldErrors.email ? t(`errors.${state.fieldErrors.email}`) : null;
  const items: ErrorSummaryItem[] = [
    ...(phoneError ? [{ href: "#profil-telefon", text: phoneError }] : []),
    ...(emailError ? [{ href: "#profil-epost", text: emailError }] : []),
  ];
  return (
    <form action={formAction} noValidate>
      <input type="hidden" name="subject" value={props.subject} />
      {/* The number as shown: left unchanged, the phone is not touched. */}
      <input type="hidden" name="phoneBefore" value={props.phone} />
      <ErrorSummary
        title={t("errors.summaryTitle")}
        items={items}
        messages={[
          state.error === "unexpected" &&
            (state.errorId
              ? t("errors.unexpectedWithId", { id: state.errorId })
              : t("errors.unexpected")),
        ]}
        focusKey={state.attempt}
      />
      <Field
        id="profil-telefon"
        label={t("contact.phoneLabel")}
        hint={t("contact.phoneHint")}
        error={phoneError}
      >
        {(control) => (
          <input
            key={`telefon-${state.attempt}`}
            {...control}
            name="phone"
            type="tel"
            autoComplete="tel"
            className="input"
            defaultValue={state.values.phone}
          />
        )}
      </Field>
      <Field
        id="profil-epost"
        label={t("contact.emailLabel")}
        hint={t("contact.emailHint")}
        error={emailError}
      >
        {(control) => (
          <input
            key={`epost-${state.attempt}`}
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            className="input"
            defaultValue={state.values.email}
          />
        )}
      </Field>
      <SubmitButton>{t("contact.submit")}</SubmitButton>
    </form>
  );
}
