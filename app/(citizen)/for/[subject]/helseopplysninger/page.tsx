import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { healthRecordPaths } from "@/app/_lib/paths";
import { FormalRequestsLink } from "@/components/formal-requests/formal-requests-link";
import { subjectAccess } from "@/lib/access/subject-access";
import type { DataCategory } from "@/lib/generated/prisma/enums";
import { showNotFound } from "@/app/_lib/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("healthRecord.meta");
  return { title: t("overview") };
}

type Params = Promise<{ subject: string }>;

const SECTIONS = [
  { category: "DIAGNOSES", key: "diagnoses" },
  { category: "ALLERGIES", key: "allergies" },
  { category: "VACCINES", key: "vaccines" },
  { category: "NOTES", key: "notes" },
  { category: "DOCUMENTS", key: "documents" },
] as const satisfies readonly {
  category: DataCategory;
  key: keyof ReturnType<typeof healthRecordPaths>;
}[];

/**
 * Helseopplysninger: the way into each part of the record the viewer may read. It reads nothing
 * from the record itself (so it logs nothing); each sub-page reads through the gate and is logged.
 */
export default async function HealthRecordPage({ params }: { params: Params }) {
  const { subject } = await params;
  const overview = await subjectAccess(subject);
  const sections = SECTIONS.filter((s) => overview?.readable.includes(s.category));
  const formalRequests = overview?.readable.includes("FORMAL_REQUESTS") ?? false;
  if (!overview || (sections.length === 0 && !formalRequests)) showNotFound();
  const t = await getTranslations("healthRecord.overview");
  const paths = healthRecordPaths(subject);
  const name = `${overview.subject.givenName} ${overview.subject.familyName}`;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="max-w-prose">{overview.isSelf ? t("intro") : t("introOther", { name })}</p>
      {sections.length > 0 ? (
        <>
          <h2>{t("sections")}</h2>
          <ul role="list" className="plain-list grid gap-3 sm:grid-cols-2">
            {sections.map((s) => (
              <li key={s.key} className="card">
                <h3 className="mt-0">
                  <Link href={paths[s.key]()}>{t(s.key)}</Link>
                </h3>
                <p className="m-0">{t(`${s.key}Text`)}</p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {/* Innsyn og retting belongs with the record it asks about (also on the Forside). */}
      {formalRequests ? <FormalRequestsLink subject={subject} /> : null}
      <p className="mt-6 max-w-prose">{t("logged")}</p>
    </>
  );
}
