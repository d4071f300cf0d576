import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { asAdminOf } from "@/lib/access/organisation-admin";
import type { Db } from "@/lib/db/client";
import type { LabReleaseCategory } from "@/lib/generated/prisma/enums";

/** The form's choice: one of the categories, or "REGION" to follow the region's again. */
export const RELEASE_RULE_CHOICES = [
  "REGION",
  "IMMEDIATE",
  "AFTER_REVIEW",
  "AFTER_CONVERSATION",
] as const;

export const releaseRuleSchema = z.object({
  organisationId: z.uuid(),
  analysisCode: z.string().min(1).max(32),
  category: z
    .enum(RELEASE_RULE_CHOICES)
    .transform((c): LabReleaseCategory | null => (c === "REGION" ? null : c)),
});

/**
 * An organisation admin sets the organisation's release category for one analysis, or lets it follow
 * the region's again (null). It decides results that arrive from now on for requisitions of the
 * organisation's units (receiveLabResults); results already there keep the category they came with.
 * Each change is recorded with who, when, from and to (an append-only history); choosing what is
 * already set records nothing. Changes of one organisation's rules take turns (a row lock on the
 * organisation), so each recorded "from" is what the change before it set.
 */
export async function setReleaseRule(
  db: Db,
  actor: Actor,
  input: { organisationId: string; analysisCode: string; category: LabReleaseCategory | null },
  now = new Date(),
): Promise<"changed" | "unchanged"> {
  const admin = asAdminOf(actor, input.organisationId);
  const { organisationId, analysisCode, category } = input;
  return db.$transaction(
    async (tx) => {
      const organisation = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT id FROM organisation WHERE id = ${organisationId}::uuid FOR NO KEY UPDATE`;
      if (organisation.length === 0) throw new NotFoundError("organisation");
      const analysis = await tx.labAnalysis.findUnique({
        where: { code: analysisCode },
        select: { releaseRules: { where: { organisationId }, select: { category: true } } },
      });
      if (!analysis) throw new NotFoundError("analysis");
      const from = analysis.releaseRules[0]?.category ?? null;
      if (from === category) return "unchanged";
      const key = { organisationId_analysisCode: { organisationId, analysisCode } };
      if (category === null) await tx.labReleaseRule.delete({ where: key });
      else
        await tx.labReleaseRule.upsert({
          where: key,
          create: {
            organisationId,
            analysisCode,
            category,
            changedAt: now,
            changedById: admin.clinicianId,
          },
          update: { category, changedAt: now, changedById: admin.clinicianId },
        });
      await tx.labReleaseRuleChange.create({
        data: {
          organisationId,
          analysisCode,
          clinicianId: admin.clinicianId,
          fromCategory: from,
          toCategory: category,
          at: now,
        },
      });
      return "changed";
    },
    { maxWait: 30_000, timeout: 30_000 },
  );
}
