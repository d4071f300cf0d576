import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { asAdminOf } from "@/lib/access/organisation-admin";
import type { Db } from "@/lib/db/client";

/** How many of the latest rule changes the admin page shows. */
export const RELEASE_RULE_CHANGES_SHOWN = 20;

/**
 * An organisation's release rules for its admin: every analysis in the dictionary with the region's
 * category and the organisation's own (null: it follows the region), who set it and when, and the
 * latest changes. The dictionary and the rules only: never a result or a patient. Two statements.
 */
export async function getReleaseRules(db: Db, actor: Actor, organisationId: string) {
  asAdminOf(actor, organisationId);
  const [organisation, analyses] = await Promise.all([
    db.organisation.findUnique({
      where: { id: organisationId },
      relationLoadStrategy: "join",
      select: {
        id: true,
        name: true,
        labReleaseRules: {
          select: {
            analysisCode: true,
            category: true,
            changedAt: true,
            changedBy: { select: { givenName: true, familyName: true } },
          },
        },
        labReleaseRuleChanges: {
          orderBy: [{ at: "desc" }, { id: "desc" }],
          take: RELEASE_RULE_CHANGES_SHOWN,
          select: {
            id: true,
            at: true,
            fromCategory: true,
            toCategory: true,
            analysis: { select: { shortName: true } },
            clinician: { select: { givenName: true, familyName: true } },
          },
        },
      },
    }),
    db.labAnalysis.findMany({
      orderBy: [{ shortName: "asc" }, { code: "asc" }],
      select: { code: true, name: true, shortName: true, releaseCategory: true },
    }),
  ]);
  if (!organisation) throw new NotFoundError("organisation");
  const rules = new Map(organisation.labReleaseRules.map((r) => [r.analysisCode, r]));
  const name = (c: { givenName: string; familyName: string }) => `${c.givenName} ${c.familyName}`;
  return {
    id: organisation.id,
    name: organisation.name,
    analyses: analyses.map((a) => {
      const rule = rules.get(a.code);
      return {
        code: a.code,
        name: a.name,
        shortName: a.shortName,
        regionCategory: a.releaseCategory,
        category: rule?.category ?? null,
        changedAt: rule?.changedAt ?? null,
        changedBy: rule ? name(rule.changedBy) : null,
      };
    }),
    changes: organisation.labReleaseRuleChanges.map((c) => ({
      id: String(c.id),
      at: c.at,
      analysis: c.analysis.shortName,
      from: c.fromCategory,
      to: c.toCategory,
      by: name(c.clinician),
    })),
  };
}

export type ReleaseRules = Awaited<ReturnType<typeof getReleaseRules>>;
