import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { param, type SearchParams } from "@/app/_lib/params";
import { getMedicationFormat } from "@/components/medications/format";
import { MedicationCard } from "@/components/medications/medication-card";
import { medicationPaths } from "@/app/_lib/paths";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { listMedications } from "@/lib/record/medications/list-medications";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("medications.meta");
  return { title: t("list") };
}

type Params = Promise<{ subject: string }>;

/** The medication list: current and earlier medications, renewal status, and "ask for a renewal". */
export default async function MedicationsPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const now = new Date();
  const { current, earlier } = await orNotFound(listMedications(getDb(), actor, subject, now));
  // Asking needs "see and act" (a see-only proxy may only read); the gate decides again on sending.
  const overview = await subjectAccess(subject);
  const canAsk = overview?.actionable.includes("MEDICATIONS") ?? false;
  const sent = param(await searchParams, "sendt");
  const t = await getTranslations("medications");
  const f = await getMedicationFormat();
  const paths = medicationPaths(subject);
  const sentFor = sent
    ? current.find((m) => m.latestRenewal?.id === sent && m.latestRenewal.status === "REQUESTED")
    : undefined;
  const renewable = current.filter((m) => m.renewable);
  const anyHidden = overview?.isSelf && [...current, ...earlier].some((m) => m.hiddenFromGuardians);

  return (
    <>
      <h1>{t("list.title")}</h1>
      {sentFor ? (
        <div role="status" className="alert alert-success">
          <p className="m-0">
            {t("list.sent", { medication: sentFor.name, unit: sentFor.unitName })}
          </p>
        </div>
      ) : null}
      <p>
        {overview?.isSelf
          ? t("list.intro")
          : t("list.introOther", {
              name: `${overview?.subject.givenName ?? ""} ${overview?.subject.familyName ?? ""}`.trim(),
            })}
      </p>
      {canAsk && renewable.length > 0 ? (
        <>
          <p>{t("list.renewIntro")}</p>
          <p>
            <Link href={paths.renew()} className="btn btn-primary">
              {t("list.renew")}
            </Link>
          </p>
        </>
      ) : null}
      {anyHidden ? <p>{t("list.hiddenNote")}</p> : null}

      <h2>{t("list.current")}</h2>
      {current.length === 0 ? (
        <p>{t("list.noCurrent")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {current.map((m) => (
            <li key={m.id} className="card">
              <MedicationCard
                m={m}
                f={f}
                renewHref={canAsk && m.renewable ? paths.renew(m.id) : null}
              />
            </li>
          ))}
        </ul>
      )}

      <h2>{t("list.earlier")}</h2>
      {earlier.length === 0 ? (
        <p>{t("list.noEarlier")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {earlier.map((m) => (
            <li key={m.id} className="card">
              <MedicationCard m={m} f={f} renewHref={null} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
