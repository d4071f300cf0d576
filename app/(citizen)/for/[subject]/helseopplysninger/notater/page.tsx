import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import type { SearchParams } from "@/app/_lib/params";
import { BackToHealthRecord } from "@/components/health-record/back-link";
import { getRecordFormat } from "@/components/health-record/format";
import { NoteFilters } from "@/components/health-record/note-filters";
import { healthRecordPaths } from "@/app/_lib/paths";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { listClinicalNotes } from "@/lib/record/health-record/list-notes";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("healthRecord.meta");
  return { title: t("notes") };
}

type Params = Promise<{ subject: string }>;

/** Released notes, newest first, filtered by place and kind (a GET form), a page at a time (NOTES, logged). */
export default async function NotesPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const list = await orNotFound(listClinicalNotes(getDb(), actor, subject, await searchParams));
  const overview = await subjectAccess(subject);
  const t = await getTranslations("healthRecord");
  const tNote = await getTranslations("record.note");
  const f = await getRecordFormat();
  const paths = healthRecordPaths(subject);
  const filtered = list.filter.unitId !== null || list.filter.kind !== null;
  const query = (extra: Record<string, string>) => {
    const q = new URLSearchParams();
    if (list.filter.unitId) q.set("enhet", list.filter.unitId);
    if (list.filter.kind) q.set("type", list.filter.kind);
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    return q;
  };

  return (
    <>
      <h1>{t("notes.title")}</h1>
      <p className="max-w-prose">{t("notes.intro")}</p>
      {list.ignored ? (
        <div role="status" className="alert alert-warning">
          <p className="m-0">{t("notes.ignored")}</p>
        </div>
      ) : null}
      <NoteFilters action={paths.notes()} units={list.units} filter={list.filter} />
      <h2 id="notater-liste">{t("notes.list")}</h2>
      {list.notes.length === 0 ? (
        <p>{filtered ? t("notes.noneFiltered") : t("notes.none")}</p>
      ) : (
        <ul role="list" aria-labelledby="notater-liste" className="plain-list grid gap-3">
          {list.notes.map((n) => (
            <li key={n.id} className="card">
              <h3 className="mt-0">
                <Link href={paths.note(n.id)}>{n.title}</Link>
              </h3>
              <p className="m-0">
                {tNote(`kind.${n.kind}`)} · {n.place}
              </p>
              <p className="m-0">
                {t("notes.written", { date: f.moment(n.writtenAt) })}
                {n.author ? ` ${t("notes.by", { name: n.author })}` : null}
              </p>
              {overview?.isSelf && n.hiddenFromGuardians ? (
                <p className="m-0 font-semibold">{t("common.hiddenFromGuardians")}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <nav aria-label={t("notes.list")} className="mt-6 flex flex-wrap gap-6">
        {!list.isFirstPage ? <Link href={paths.notes(query({}))}>{t("notes.first")}</Link> : null}
        {list.next ? (
          <Link href={paths.notes(query({ etter: list.next }))}>{t("notes.next")}</Link>
        ) : null}
      </nav>
      <BackToHealthRecord subject={subject} />
    </>
  );
}
