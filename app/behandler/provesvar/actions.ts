"use server";

import { redirect } from "next/navigation";
import type { ReleaseState } from "@/components/lab-results/release-form";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { releaseResults, releaseSchema } from "@/lib/record/lab-results/release-results";

/** Releases the ticked results (each through the gate, logged); on bad input keeps what was ticked and typed. */
export async function releaseResultsAction(prev: ReleaseState, formData: FormData): Promise<ReleaseState> {
  const items = formData.getAll("items").filter((v): v is string => typeof v === "string");
  const comment = formText(formData, "comment");
  const base = { attempt: prev.attempt + 1, comment, selected: items };
  const parsed = releaseSchema.safeParse({ items, comment });
  if (!parsed.success) {
    const tooLong = parsed.error.issues.some((i) => i.path[0] === "comment");
    return { ...base, error: tooLong ? "too_long" : "choose" };
  }
  const actor = await requireActor("CLINICIAN");
  const { released, skipped } = await releaseResults(getDb(), actor, parsed.data);
  redirect(`/behandler/provesvar?frigitt=${released}&hoppet=${skipped}`);
}
