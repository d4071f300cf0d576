import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { BackToHealthRecord } from "@/components/health-record/back-link";
import { getRecordFormat } from "@/components/health-record/format";
import { healthRecordPaths } from "@/app/_lib/paths";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { listDocuments } from "@/lib/record/health-record/list-documents";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("healthRecord.meta");
  return { title: t("documents") };
}

type Params = Promise<{ subject: string }>;

/** Documents clinicians sent, newest first, each a PDF download through the gate (DOCUMENTS, logged). */
export default async function DocumentsPage({ params }: { params: Params }) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const documents = await orNotFound(listDocuments(getDb(), actor, subject));
  const overview = await subjectAccess(subject);
  const t = await getTranslations("healthRecord");
  const f = await getRecordFormat();
  const paths = healthRecordPaths(subject);

  return (
    <>
      <h1>{t("documents.title")}</h1>
      <p className="max-w-prose">{t("documents.intro")}</p>
      {documents.length === 0 ? (
        <p>{t("documents.none")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {documents.map((d) => (
            <li key={d.id} className="card">
              <h3 className="mt-0">{d.title}</h3>
              <p className="m-0">
                {t(`documents.kind.${d.kind}`)} ·{" "}
                {t("documents.sent", { date: f.moment(d.sentAt), place: d.place })}
              </p>
              {d.sentBy ? <p className="m-0">{t("documents.sentBy", { name: d.sentBy })}</p> : null}
              {overview?.isSelf && d.hiddenFromGuardians ? (
                <p className="m-0 font-semibold">{t("common.hiddenFromGuardians")}</p>
              ) : null}
              <p className="mt-2 mb-0">
                {/* A plain link: the route answers with Content-Disposition: attachment. */}
                <a href={paths.document(d.id)} download={d.fileName}>
                  {t("documents.download", {
                    title: d.title,
                    size: t("documents.sizeKb", {
                      kb: String(Math.max(1, Math.round(d.size / 1024))),
                    }),
                  })}
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
      <BackToHealthRecord subject={subject} />
    </>
  );
}
