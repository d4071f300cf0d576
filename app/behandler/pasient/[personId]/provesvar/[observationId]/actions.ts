"use server";

import { redirect } from "next/navigation";
import { refuse } from "@/app/_lib/form-action";
import type { HideState } from "@/components/lab-results/hide-form";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { hideFromGuardiansSchema, setHiddenFromGuardians } from "@/lib/record/lab-results/hide-from-guardians";

const back = (personId: string, done: string) => `/behandler/pasient/${personId}?provesvar=${done}#pasientens-provesvar`;

/** Marks one result "ikke vis til foresatte" with a reason; keeps the reason on an error. */
export async function hideFromGuardiansAction(prev: HideState, formData: FormData): Promise<HideState> {
  const reason = formText(formData, "reason");
  const base = { attempt: prev.attempt + 1, reason };
  const parsed = hideFromGuardiansSchema.safeParse({ personId: formText(formData, "personId"), observationId: formText(formData, "observationId"), hidden: true, reason });
  if (!parsed.success) {
    const issue = parsed.error.issues.find((i) => i.path[0] === "reason");
    if (!issue) refuse();
    return { ...base, error: issue.code === "too_big" ? "too_long" : "too_short" };
  }
  try {
    await setHiddenFromGuardians(getDb(), await requireActor("CLINICIAN"), parsed.data);
  } catch (error) {
    if (isNotFound(error)) refuse();
    throw error;
  }
  redirect(back(parsed.data.personId, "skjult"));
}

/** Lifts the mark: a plain form post. */
export async function showToGuardiansAction(formData: FormData): Promise<void> {
  const parsed = hideFromGuardiansSchema.safeParse({ personId: formText(formData, "personId"), observationId: formText(formData, "observationId"), hidden: false });
  if (!parsed.success) refuse();
  try {
    await setHiddenFromGuardians(getDb(), await requireActor("CLINICIAN"), parsed.data);
  } catch (error) {
    if (isNotFound(error)) refuse();
    throw error;
  }
  redirect(back(parsed.data.personId, "vist"));
}
