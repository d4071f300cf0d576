import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { BackToHealthRecord } from "@/components/health-record/back-link";
import { getRecordFormat } from "@/components/health-record/format";
import { VaccineList } from "@/components/health-record/vaccine-list";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { listVaccinations } from "@/lib/record/health-record/list-vaccinations";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("healthRecord.meta");
  return { title: t("vaccines") };
}

type Params = Promise<{ subject: string }>;

/** Vaccines given, newest first, in the vaccine register's shape (category VACCINES, logged). */
export default async function VaccinesPage({ params }: { params: Params }) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const vaccines = await orNotFound(listVaccinations(getDb(), actor, subject));
  const overview = await subjectAccess(subject);
  const t = await getTranslations("healthRecord");
  const f = await getRecordFormat();
  const showHidden = overview?.isSelf ?? false;

  return (
    <>
      <h1>{t("vaccines.title")}</h1>
      <p className="max-w-prose">{t("vaccines.intro")}</p>
      {showHidden && vaccines.some((v) => v.hiddenFromGuardians) ? (
        <p className="max-w-prose">{t("common.hiddenNote")}</p>
      ) : null}
      {vaccines.length === 0 ? (
        <p>{t("vaccines.none")}</p>
      ) : (
        <VaccineList vaccines={vaccines} f={f} showHidden={showHidden} />
      )}
      <BackToHealthRecord subject={subject} />
    </>
  );
}
