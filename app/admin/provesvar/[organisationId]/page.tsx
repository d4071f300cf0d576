import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { param, type SearchParams } from "@/app/_lib/params";
import { readForOrganisationAdmin } from "@/app/admin/_lib/organisation-page";
import { getMessageFormat } from "@/components/messages/format";
import type { LabReleaseCategory } from "@/lib/generated/prisma/enums";
import { getReleaseRules } from "@/lib/record/lab-results/get-release-rules";
import { saveReleaseRuleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("releaseRulesAdmin");
  return { title: t("metaTitle") };
}

const CATEGORIES: readonly LabReleaseCategory[] = [
  "IMMEDIATE",
  "AFTER_REVIEW",
  "AFTER_CONVERSATION",
] as const;

/**
 * An organisation's release rules: for each analysis, the region's category and the organisation's
 * own choice, one plain form per analysis, and the latest changes. Never a result or a patient.
 */
export default async function ReleaseRulesAdminPage({
  params,
  searchParams,
}: {
  params: Promise<{ organisationId: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const rules = await readForOrganisationAdmin(params, getReleaseRules);
  const sp = await searchParams;
  const saved = param(sp, "lagret");
  const unchanged = param(sp, "uendret");
  const failed = param(sp, "feil") === "valg" ? param(sp, "analyse") : undefined;
  const t = await getTranslations("releaseRulesAdmin");
  const f = await getMessageFormat();
  const ruleName = (c: LabReleaseCategory | null) =>
    c === null ? t("regionRule") : t(`rule.${c}.name`);

  return (
    <>
      <p>
        <Link href="/admin">{t("back")}</Link>
      </p>
      <h1>{t("title", { organisation: rules.name })}</h1>
      <p className="max-w-prose">{t("intro", { organisation: rules.name })}</p>
      <p className="max-w-prose">{t("appliesFrom")}</p>
      <p className="text-muted">{t("noContent")}</p>

      <h2>{t("rulesTitle")}</h2>
      <dl className="max-w-prose">
        {CATEGORIES.map((c) => (
          <div key={c} className="mb-3">
            <dt className="font-semibold">{t(`rule.${c}.name`)}</dt>
            <dd className="m-0">{t(`rule.${c}.meaning`)}</dd>
          </div>
        ))}
      </dl>

      <h2>{t("analysesTitle")}</h2>
      <ul role="list" className="plain-list grid gap-3">
        {rules.analyses.map((a) => {
          const fieldId = `regel-${a.code}`;
          const errorId = `${fieldId}-feil`;
          const infoId = `${fieldId}-info`;
          const isFailed = failed === a.code;
          return (
            <li key={a.code} id={`analyse-${a.code}`} className="card" tabIndex={-1}>
              <h3 className="mt-0">{a.shortName}</h3>
              <div id={infoId}>
                <p className="m-0 text-muted">{t("analysis", { name: a.name, code: a.code })}</p>
                <p className="m-0">{t("region", { rule: ruleName(a.regionCategory) })}</p>
                <p className="m-0 text-muted">
                  {a.category !== null && a.changedAt && a.changedBy
                    ? t("own", {
                        rule: ruleName(a.category),
                        who: a.changedBy,
                        when: f.dateTime(a.changedAt),
                      })
                    : t("followsRegion")}
                </p>
              </div>
              {saved === a.code ? (
                <p role="status" className="alert alert-success">
                  {t("saved", { analysis: a.shortName })}
                </p>
              ) : null}
              {unchanged === a.code ? (
                <p role="status" className="alert">
                  {t("unchanged", { analysis: a.shortName })}
                </p>
              ) : null}
              {isFailed ? (
                <p id={errorId} role="alert" className="alert alert-error">
                  {t("errors.valg")}
                </p>
              ) : null}
              <form action={saveReleaseRuleAction} className="flex flex-wrap items-end gap-4">
                <input type="hidden" name="organisationId" value={rules.id} />
                <input type="hidden" name="analysisCode" value={a.code} />
                <div className="field min-w-0">
                  <label htmlFor={fieldId} className="field-label">
                    {t("ruleLabel", { analysis: a.shortName })}
                  </label>
                  <select
                    id={fieldId}
                    name="category"
                    className="select max-w-full"
                    defaultValue={a.category ?? "REGION"}
                    aria-describedby={isFailed ? `${infoId} ${errorId}` : infoId}
                    aria-invalid={isFailed || undefined}
                  >
                    <option value="REGION">
                      {t("followRegion", { rule: ruleName(a.regionCategory) })}
                    </option>
                    {CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {ruleName(c)}
                      </option>
                    ))}
                  </select>
                </div>
                <button type="submit" className="btn">
                  {t("save", { analysis: a.shortName })}
                </button>
              </form>
            </li>
          );
        })}
      </ul>

      <h2>{t("changesTitle")}</h2>
      {rules.changes.length === 0 ? (
        <p>{t("noChanges")}</p>
      ) : (
        <ul>
          {rules.changes.map((c) => (
            <li key={c.id}>
              {t("change", {
                when: f.dateTime(c.at),
                who: c.by,
                analysis: c.analysis,
                from: ruleName(c.from),
                to: ruleName(c.to),
              })}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
