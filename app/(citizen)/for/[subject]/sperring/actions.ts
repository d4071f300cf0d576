"use server";

import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { liftShielding, shieldClinician, shieldingSchema } from "@/lib/access/shielding";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";

const pagePath = (subject: string, query: string) => `/for/${encodeURIComponent(subject)}/sperring?${query}`;

/** Plain-form actions (POST-redirect-GET), so shielding works without JavaScript. */
export async function shieldClinicianAction(formData: FormData): Promise<void> {
  const subject = formText(formData, "subject");
  const parsed = shieldingSchema.safeParse({ subject, clinicianId: formText(formData, "clinicianId") });
  if (!parsed.success) {
    if (!subject || subject.length > 64) notFound();
    redirect(pagePath(subject, "feil=velg"));
  }
  try {
    await shieldClinician(getDb(), await requireActor("CITIZEN"), parsed.data);
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
  redirect(pagePath(subject, "utfort=sperret"));
}

export async function liftShieldingAction(formData: FormData): Promise<void> {
  const parsed = shieldingSchema.safeParse({ subject: formText(formData, "subject"), clinicianId: formText(formData, "clinicianId") });
  if (!parsed.success) notFound();
  try {
    await liftShielding(getDb(), await requireActor("CITIZEN"), parsed.data);
  } catch (error) {
    if (isNotFound(error)) notFound();
    throw error;
  }
  redirect(pagePath(parsed.data.subject, "utfort=opphevet"));
}
