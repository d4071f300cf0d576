import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { getAdminOverview } from "@/lib/auth/actor-overview";
import { requireSignedIn } from "@/lib/auth/session";
import { showNotFound } from "@/app/_lib/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("adminHome");
  return { title: t("metaTitle") };
}

export default async function AdminHomePage() {
  const session = await requireSignedIn("ORG_ADMIN");
  if (!session.clinicianId) showNotFound();
  const organisations = await getAdminOverview(getDb(), session.clinicianId);
  const t = await getTranslations("adminHome");

  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("greeting", { name: session.displayName })}</p>
      <p className="text-muted">{t("noHealthData")}</p>
      <h2>{t("orgsTitle")}</h2>
      {organisations.length === 0 ? (
        <p>{t("noOrgs")}</p>
      ) : (
        <ul role="list" className="plain-list grid grid-cols-1 gap-3 sm:grid-cols-2">
          {organisations.map(({ organisation: org }) => (
            <li key={org.id} className="card">
              <h3 className="mt-0">{org.name}</h3>
              <p className="m-0">{t(`kind.${org.kind}`)}</p>
              <p className="m-0 text-muted">{t("orgNumber", { number: org.orgNumber })}</p>
              <p className="m-0">{t("unitCount", { count: org._count.units })}</p>
              <p className="m-0">
                <Link href={`/admin/meldinger/${org.id}`}>{t("messagingLink")}</Link>
              </p>
              <p className="m-0">
                <Link href={`/admin/provesvar/${org.id}`}>{t("releaseRulesLink")}</Link>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
