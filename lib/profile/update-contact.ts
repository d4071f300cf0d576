import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { requireCitizenSide } from "./citizen-side";
import type { Db } from "@/lib/db/client";
import { PHONE_MAX, parsePhone } from "./phone";

export const EMAIL_MAX = 254;

/** Issue messages are keys under profile.errors in the i18n files. */
export const contactSchema = z.object({
  subject: z.string().min(1).max(64),
  phone: z
    .string()
    .trim()
    .max(PHONE_MAX, { message: "phoneInvalid" })
    .transform((typed, ctx) => {
      if (typed === "") return null;
      const e164 = parsePhone(typed);
      if (!e164) {
        ctx.addIssue({ code: "custom", message: "phoneInvalid" });
        return z.NEVER;
      }
      return e164;
    }),
  email: z
    .string()
    .trim()
    .max(EMAIL_MAX, { message: "emailInvalid" })
    .transform((typed) => typed.toLowerCase())
    .pipe(z.union([z.literal(""), z.email({ message: "emailInvalid" })]))
    .transform((email) => (email === "" ? null : email)),
});

export type ContactInput = z.infer<typeof contactSchema>;

/**
 * Changes the person's phone and e-mail (PROFILE, UPDATE): the person themself, or a parent of a
 * child under 12 as for the rest of the child's profile; never a proxy. Logged like every change.
 */
export async function updateContact(db: Db, actor: Actor, input: ContactInput, now = new Date()) {
  return withAccess(db, actor, { subject: input.subject, category: "PROFILE", action: "UPDATE" }, async (tx, access) => {
    requireCitizenSide(access);
    await tx.person.update({ where: { id: access.subject.id }, data: { phone: input.phone, email: input.email }, select: { id: true } });
    access.item("contact_details", access.subject.id);
    return { phone: input.phone, email: input.email };
  }, { now });
}
