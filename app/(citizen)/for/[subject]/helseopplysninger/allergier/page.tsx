import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { AllergyCard } from "@/components/health-record/allergy-card";
import { BackToHealthRecord } from "@/components/health-record/back-link";
import { getRecordFormat } from "@/components/health-record/format";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { listAllergies } from "@/lib/record/health-record/list-allergies";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("healthRecord.meta");
  return { title: t("allergies") };
}

type Params = Promise<{ subject: string }>;

/** Allergies and intolerances, the most severe first (category ALLERGIES, logged). */
export default async function AllergiesPage({ params }: { params: Params }) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const allergies = await orNotFound(listAllergies(getDb(), actor, subject));
  const overview = await subjectAccess(subject);
  const t = await getTranslations("healthRecord");
  const f = await getRecordFormat();
  const showHidden = overview?.isSelf ?? false;

  return (
    <>
      <h1>{t("allergies.title")}</h1>
      <p className="max-w-prose">{t("allergies.intro")}</p>
      {showHidden && allergies.some((a) => a.hiddenFromGuardians) ? (
        <p className="max-w-prose">{t("common.hiddenNote")}</p>
      ) : null}
      {allergies.length === 0 ? (
        <p>{t("allergies.none")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {allergies.map((a) => (
            <li key={a.id} className="card">
              <AllergyCard a={a} f={f} showHidden={showHidden} />
            </li>
          ))}
        </ul>
      )}
      <BackToHealthRecord subject={subject} />
    </>
  );
}
