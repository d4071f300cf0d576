import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { isUuid } from "@/app/_lib/params";
import { appointmentPaths, healthRecordPaths } from "@/app/_lib/paths";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { getClinicalNote } from "@/lib/record/get-clinical-note";

type Params = Promise<{ subject: string; id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("record.meta");
  return { title: t("note") };
}

/** One note from the record, such as the summary of a visit. Read through the NOTES gate (logged). */
export default async function ClinicalNotePage({ params }: { params: Params }) {
  const { subject, id } = await params;
  if (!isUuid(id)) showNotFound();
  const actor = await requireActor("CITIZEN");
  const now = new Date();
  const note = await orNotFound(getClinicalNote(getDb(), actor, subject, id, now));
  const overview = await subjectAccess(subject);
  const t = await getTranslations("record.note");
  const tRecord = await getTranslations("healthRecord.common");
  const f = await getAppointmentFormat(now);
  const appointments = appointmentPaths(subject);
  const unitName =
    note.unit.name === note.unit.organisation.name
      ? note.unit.name
      : `${note.unit.name}, ${note.unit.organisation.name}`;

  return (
    <article aria-labelledby="notat-tittel">
      <h1 id="notat-tittel">{note.title}</h1>
      {note.hiddenFromGuardians && overview?.isSelf ? (
        <p className="alert">{t("hiddenFromGuardians")}</p>
      ) : null}
      <h2 className="sr-only">{t("details")}</h2>
      <dl className="facts">
        <dt>{t("type")}</dt>
        <dd>{t(`kind.${note.kind}`)}</dd>
        <dt>{t("written")}</dt>
        <dd>{f.dateTime(note.writtenAt)}</dd>
        {note.author ? (
          <>
            <dt>{t("writtenBy")}</dt>
            <dd>{`${note.author.givenName} ${note.author.familyName}, ${note.author.profession}`}</dd>
          </>
        ) : null}
        <dt>{t("unit")}</dt>
        <dd>{unitName}</dd>
        {note.appointment ? (
          <>
            <dt>{t("visit")}</dt>
            <dd>
              <Link href={appointments.appointment(note.appointment.id)}>
                {t("visitLink", {
                  visitType: note.appointment.slot.visitType,
                  date: f.date(note.appointment.slot.startsAt),
                })}
              </Link>
            </dd>
          </>
        ) : null}
      </dl>
      <div className="mt-6 max-w-prose whitespace-pre-line">{note.body}</div>
      <p className="mt-6 max-w-prose">{t("questions", { unit: note.unit.name })}</p>
      <p className="mt-6 flex flex-wrap gap-6">
        <Link href={healthRecordPaths(subject).notes()}>{tRecord("backToNotes")}</Link>
        <Link href={appointments.list()}>{t("backToAppointments")}</Link>
      </p>
    </article>
  );
}
