import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PROXY_FORM_MESSAGES } from "@/components/proxy/give-proxy-form-state";
import { ClientMessages } from "@/components/shell/client-messages";
import { GiveProxyForm } from "@/components/proxy/give-proxy-form";
import { GrantChangesList } from "@/components/proxy/grant-changes";
import { GrantList } from "@/components/proxy/grant-list";
import { NotOwnProxies } from "@/components/proxy/not-own-proxies";
import { ProxyRules } from "@/components/proxy/proxy-rules";
import { subjectAccess } from "@/lib/access/subject-access";
import { SELF_SUBJECT } from "@/lib/access/actor";
import { GRANTABLE_CATEGORIES } from "@/lib/access/categories";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { PROXY_LEVELS, grantChanges, hasChanges } from "@/lib/proxy-grants/grant-rules";
import { listProxyGrants } from "@/lib/proxy-grants/list-grants";
import { osloDateKey } from "@/lib/time/oslo";
import { giveProxyAction } from "./actions";
import { showNotFound } from "@/app/_lib/or-not-found";

type Props = {
  params: Promise<{ subject: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("proxy");
  return { title: t("metaTitle") };
}

export default async function ProxiesPage({ params, searchParams }: Props) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const db = getDb();

  // Grants are the person's own business: someone acting for them sees why, not the grants.
  if (subject !== SELF_SUBJECT) {
    const overview = await subjectAccess(subject);
    if (!overview) showNotFound();
    if (overview.isSelf) redirect("/for/meg/fullmakter");
    return (
      <NotOwnProxies subjectName={`${overview.subject.givenName} ${overview.subject.familyName}`} />
    );
  }

  const query = await searchParams;
  const t = await getTranslations("proxy");
  const { given, received } = await listProxyGrants(db, actor);
  const created =
    typeof query.gitt === "string" ? given.find((g) => g.id === query.gitt) : undefined;
  const changed =
    typeof query.endret === "string" ? given.find((g) => g.id === query.endret) : undefined;
  const unchanged =
    typeof query.uendret === "string" ? given.find((g) => g.id === query.uendret) : undefined;
  const notice = created
    ? { kind: "success", text: t("created", { name: created.counterpartName }) }
    : changed
      ? { kind: "success", text: t("change.done", { name: changed.counterpartName }) }
      : unchanged
        ? { kind: "success", text: t("change.unchanged", { name: unchanged.counterpartName }) }
        : query.avsluttet === "1"
          ? { kind: "success", text: t("end.done") }
          : query["ikke-avsluttet"] === "1"
            ? { kind: "warning", text: t("end.notEnded") }
            : query["ikke-endret"] === "1"
              ? { kind: "warning", text: t("change.notChanged") }
              : null;
  // What the change just saved changed: the version it replaced against the grant now.
  const changes = changed?.previous ? grantChanges(changed.previous, changed) : null;

  return (
    <>
      <h1>{t("title")}</h1>
      <div role="status">
        {notice ? (
          <div className={`alert alert-${notice.kind}`}>
            <p>{notice.text}</p>
            {changes && hasChanges(changes) ? (
              <>
                <p className="mb-0">{t("change.doneChanges")}</p>
                <GrantChangesList changes={changes} />
              </>
            ) : null}
          </div>
        ) : null}
      </div>
      <p>{t("intro")}</p>

      <section aria-labelledby="fullmakter-gitt">
        <h2 id="fullmakter-gitt">{t("given.title")}</h2>
        <GrantList grants={given} side="given" endHrefBase="/for/meg/fullmakter" />
      </section>

      <section aria-labelledby="fullmakter-fatt">
        <h2 id="fullmakter-fatt">{t("received.title")}</h2>
        <GrantList grants={received} side="received" endHrefBase="/for/meg/fullmakter" />
      </section>

      <ProxyRules />

      <section aria-labelledby="gi-fullmakt-tittel">
        <h2 id="gi-fullmakt-tittel">{t("form.title")}</h2>
        <ClientMessages namespaces={PROXY_FORM_MESSAGES}>
          <GiveProxyForm
            action={giveProxyAction}
            levels={PROXY_LEVELS}
            categories={GRANTABLE_CATEGORIES}
            today={osloDateKey(new Date())}
          />
        </ClientMessages>
      </section>
    </>
  );
}
