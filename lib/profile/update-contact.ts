import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { requireCitizenSide } from "./citizen-side";
import type { Db } from "@/lib/db/client";
import { PHONE_MAX, parsePhone } from "./phone";

export const EMAIL_MAX = 254;

/**
 * Issue messages are keys under profile.errors in the i18n files. `phoneBefore` is the number as
 * the form showed it: left as it was, the phone is not changed, so a number stored before today's
 * check (or a synthetic demo number) never blocks saving a new e-mail address.
 */
export const contactSchema = z
  .object({
    subject: z.string().min(1).max(64),
    phone: z.string().trim().max(PHONE_MAX, { message: "phoneInvalid" }),
    phoneBefore: z.string().trim().max(PHONE_MAX).default(""),
    email: z
      .string()
      .trim()
      .max(EMAIL_MAX, { message: "emailInvalid" })
      .transform((typed) => typed.toLowerCase())
      .pipe(z.union([z.literal(""), z.email({ message: "emailInvalid" })]))
      .transform((email) => (email === "" ? null : email)),
  })
  .superRefine(
    (v, ctx) => {
      if (typeof v.phone !== "string" || v.phone === "" || v.phone === v.phoneBefore) return;
      if (!parsePhone(v.phone))
        ctx.addIssue({ code: "custom", path: ["phone"], message: "phoneInvalid" });
    },
    { when: () => true },
  )
  .transform(({ subject, phone, phoneBefore, email }) => ({
    subject,
    // undefined: unchanged; null: removed.
    phone: phone === "" ? null : phone === phoneBefore ? undefined : parsePhone(phone),
    email,
  }));

export type ContactInput = z.infer<typeof contactSchema>;

/**
 * Changes the person's phone and e-mail (PROFILE, UPDATE): the person themself, or a parent of a
 * child under 12 as for the rest of the child's profile; never a proxy. Logged like every change.
 */
export async function updateContact(db: Db, actor: Actor, input: ContactInput, now = new Date()) {
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "PROFILE", action: "UPDATE" },
    async (tx, access) => {
      requireCitizenSide(access);
      await tx.person.update({
        where: { id: access.subject.id },
        data: { ...(input.phone !== undefined ? { phone: input.phone } : {}), email: input.email },
        select: { id: true },
      });
      access.item("contact_details", access.subject.id);
      return { phone: input.phone, email: input.email };
    },
    { now },
  );
}
