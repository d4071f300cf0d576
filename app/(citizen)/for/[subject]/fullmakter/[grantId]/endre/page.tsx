import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { GiveProxyForm } from "@/components/proxy/give-proxy-form";
import { GrantChangesList } from "@/components/proxy/grant-changes";
import { canChange } from "@/components/proxy/grant-list";
import { proposedValues, termsOf, valuesOf } from "@/components/proxy/proposed-change";
import { PROXY_FORM_MESSAGES } from "@/components/proxy/give-proxy-form-state";
import { ClientMessages } from "@/components/shell/client-messages";
import { SELF_SUBJECT } from "@/lib/access/actor";
import { GRANTABLE_CATEGORIES } from "@/lib/access/categories";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { PROXY_LEVELS, grantChanges, hasChanges } from "@/lib/proxy-grants/grant-rules";
import { listProxyGrants } from "@/lib/proxy-grants/list-grants";
import { osloDateKey } from "@/lib/time/oslo";
import { changeProxyAction } from "../../actions";
import { showNotFound } from "@/app/_lib/or-not-found";

type Props = {
  params: Promise<{ subject: string; grantId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("proxy.change");
  return { title: t("metaTitle") };
}

/**
 * "Endre fullmakt": the grantor's form for a grant they gave, pre-filled with its terms, or with what
 * they typed in "Gi fullmakt" for someone who already holds one (then it says what would change).
 */
export default async function ChangeProxyPage({ params, searchParams }: Props) {
  const { subject, grantId } = await params;
  if (subject !== SELF_SUBJECT) showNotFound();
  const actor = await requireActor("CITIZEN");
  const { given } = await listProxyGrants(getDb(), actor);
  const grant = given.find((g) => g.id === grantId);
  // Someone else's grant, one received, an unknown id or one already ended: nothing to change here.
  if (!grant || !canChange(grant)) showNotFound();

  const t = await getTranslations("proxy");
  const format = await getFormatter();
  const name = grant.counterpartName;
  const proposed = proposedValues(await searchParams);
  const proposedTerms = proposed ? termsOf(proposed) : null;
  const changes = proposedTerms ? grantChanges(grant, proposedTerms) : {};
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const covers = GRANTABLE_CATEGORIES.every((c) => grant.categories.includes(c))
    ? t("form.all")
    : format.list(
        grant.categories.map((c) => t(`categories.${c}`)),
        { type: "conjunction" },
      );

  return (
    <>
      <h1>{t("change.title", { name })}</h1>
      {proposed ? (
        <div className="alert alert-warning">
          <p>{t("change.existing", { name })}</p>
        </div>
      ) : null}
      <p>{t("change.intro", { name })}</p>

      <section aria-labelledby="fullmakt-naa">
        <h2 id="fullmakt-naa">{t("change.nowTitle")}</h2>
        <dl className="facts">
          <dt>{t("fields.status")}</dt>
          <dd>{t(`status.${grant.status}`)}</dd>
          <dt>{t("fields.level")}</dt>
          <dd>{t(`levels.${grant.level}`)}</dd>
          <dt>{t("fields.categories")}</dt>
          <dd>{covers}</dd>
          <dt>{t("fields.period")}</dt>
          <dd>
            {grant.validUntil
              ? t("period.until", { from: day(grant.validFrom), until: day(grant.validUntil) })
              : t("period.open", { from: day(grant.validFrom) })}
          </dd>
        </dl>
      </section>

      {hasChanges(changes) ? (
        <section aria-labelledby="fullmakt-endres">
          <h2 id="fullmakt-endres">{t("change.proposedTitle")}</h2>
          <GrantChangesList changes={changes} />
        </section>
      ) : null}

      <section aria-labelledby="endre-fullmakt-tittel">
        <h2 id="endre-fullmakt-tittel">{t("change.formTitle")}</h2>
        <ClientMessages namespaces={PROXY_FORM_MESSAGES}>
          <GiveProxyForm
            action={changeProxyAction}
            levels={PROXY_LEVELS}
            categories={GRANTABLE_CATEGORIES}
            today={osloDateKey(new Date())}
            change={{ grantId: grant.id, values: proposed ?? valuesOf(grant) }}
          />
        </ClientMessages>
        <p className="mt-4">
          <Link href="/for/meg/fullmakter">{t("change.cancel")}</Link>
        </p>
      </section>
    </>
  );
}
