"use server";

import { redirect } from "next/navigation";
import { refuse } from "@/app/_lib/form-action";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { setShowAtOnce, showAtOnceSchema } from "@/lib/record/lab-results/set-show-at-once";

/** "Vis svarene mine med en gang" and its undo: a plain form post (POST-redirect-GET), no JavaScript needed. */
export async function setShowAtOnceAction(formData: FormData): Promise<void> {
  const parsed = showAtOnceSchema.safeParse({ subject: formText(formData, "subject"), showAtOnce: formText(formData, "showAtOnce") });
  if (!parsed.success) refuse();
  try {
    await setShowAtOnce(getDb(), await requireActor("CITIZEN"), parsed.data);
  } catch (error) {
    if (isNotFound(error)) refuse();
    throw error;
  }
  redirect(`/for/${encodeURIComponent(parsed.data.subject)}/provesvar?endret=${parsed.data.showAtOnce ? "pa" : "av"}`);
}
