import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { BackToHealthRecord } from "@/components/health-record/back-link";
import { DiagnosisCard } from "@/components/health-record/diagnosis-card";
import { getRecordFormat } from "@/components/health-record/format";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { listDiagnoses } from "@/lib/record/health-record/list-diagnoses";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("healthRecord.meta");
  return { title: t("diagnoses") };
}

type Params = Promise<{ subject: string }>;

/** Diagnoses, active first, each with its code and plain-language text (category DIAGNOSES, logged). */
export default async function DiagnosesPage({ params }: { params: Params }) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const { active, resolved } = await orNotFound(listDiagnoses(getDb(), actor, subject));
  const overview = await subjectAccess(subject);
  const t = await getTranslations("healthRecord");
  const f = await getRecordFormat();
  const showHidden = overview?.isSelf ?? false;
  const anyHidden = showHidden && [...active, ...resolved].some((d) => d.hiddenFromGuardians);

  return (
    <>
      <h1>{t("diagnoses.title")}</h1>
      <p className="max-w-prose">{t("diagnoses.intro")}</p>
      {anyHidden ? <p className="max-w-prose">{t("common.hiddenNote")}</p> : null}
      <h2>{t("diagnoses.active")}</h2>
      {active.length === 0 ? (
        <p>{t("diagnoses.noActive")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {active.map((d) => (
            <li key={d.id} className="card">
              <DiagnosisCard d={d} f={f} showHidden={showHidden} />
            </li>
          ))}
        </ul>
      )}
      <h2>{t("diagnoses.resolved")}</h2>
      {resolved.length === 0 ? (
        <p>{t("diagnoses.noResolved")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {resolved.map((d) => (
            <li key={d.id} className="card">
              <DiagnosisCard d={d} f={f} showHidden={showHidden} />
            </li>
          ))}
        </ul>
      )}
      <BackToHealthRecord subject={subject} />
    </>
  );
}
