/** What the contact form shows after an attempt: what was typed, and what to fix. */
export type ContactFormState = {
  attempt: number;
  values: { phone: string; email: string };
  fieldErrors: { phone?: "phoneInvalid"; email?: "emailInvalid" };
  error: null | "invalid" | "unexpected";
  errorId?: string;
};

export const initialContactState = (values: ContactFormState["values"]): ContactFormState => ({
  attempt: 0,
  values,
  fieldErrors: {},
  error: null,
});
