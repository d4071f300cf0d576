"use server";

import { redirect } from "next/navigation";
import { refuse } from "@/app/_lib/form-action";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { getDb } from "@/lib/db/client";
import { formText } from "@/lib/forms/form-text";
import { releaseRuleSchema, setReleaseRule } from "@/lib/record/lab-results/set-release-rule";

const page = (organisationId: string, query: Record<string, string>, code: string) =>
  `/admin/provesvar/${organisationId}?${new URLSearchParams(query).toString()}#analyse-${encodeURIComponent(code)}`;

/** The organisation's release category for one analysis. A refused choice comes back to its row. */
export async function saveReleaseRuleAction(formData: FormData): Promise<void> {
  const raw = {
    organisationId: formText(formData, "organisationId"),
    analysisCode: formText(formData, "analysisCode"),
    category: formText(formData, "category"),
  };
  const parsed = releaseRuleSchema.safeParse(raw);
  if (!parsed.success) {
    const ids = releaseRuleSchema.pick({ organisationId: true, analysisCode: true }).safeParse(raw);
    if (!ids.success) refuse();
    redirect(
      page(
        ids.data.organisationId,
        { analyse: ids.data.analysisCode, feil: "valg" },
        ids.data.analysisCode,
      ),
    );
  }
  const input = parsed.data;
  let outcome: "changed" | "unchanged";
  try {
    outcome = await setReleaseRule(getDb(), await requireActor("ORG_ADMIN"), input);
  } catch (error) {
    if (isNotFound(error)) refuse();
    throw error;
  }
  redirect(
    page(
      input.organisationId,
      { [outcome === "changed" ? "lagret" : "uendret"]: input.analysisCode },
      input.analysisCode,
    ),
  );
}
