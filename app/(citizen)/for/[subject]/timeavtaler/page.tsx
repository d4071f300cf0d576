import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAppointmentFormat, type AppointmentFormat } from "@/lib/i18n/format";
import { orNotFound } from "@/app/_lib/or-not-found";
import { appointmentPaths } from "@/app/_lib/paths";
import { LimitedNote, VisitTypeRow } from "@/components/appointments/limited-view";
import { QuestionnaireStatus } from "@/components/appointments/questionnaire-status";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { listAppointments, type AppointmentListItem } from "@/lib/appointments/list-appointments";
import { getDb } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.meta");
  return { title: t("list") };
}

type Params = Promise<{ subject: string }>;

export default async function AppointmentsPage({ params }: { params: Params }) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const now = new Date();
  const { upcoming, past, limited } = await orNotFound(
    listAppointments(getDb(), actor, subject, now),
  );
  // What to offer (links, buttons); the gate above decided what may be read.
  const access = await subjectAccess(subject);
  const canAct = access?.actionable.includes("APPOINTMENTS") ?? false;
  // The summary is a note (its own category): link it only for those who may read notes.
  const canReadNotes = access?.readable.includes("NOTES") ?? false;
  const t = await getTranslations("appointments");
  const f = await getAppointmentFormat(now);
  const paths = appointmentPaths(subject);

  return (
    <>
      <h1>{t("list.title")}</h1>
      <p>{t("list.intro")}</p>
      {limited && access ? <LimitedNote name={access.subject.givenName} /> : null}
      {canAct ? (
        <p>
          <Link href={paths.book()} className="btn btn-primary">
            {t("list.book")}
          </Link>
        </p>
      ) : null}

      <h2>{t("list.upcoming")}</h2>
      {upcoming.length === 0 ? (
        <p>{t("list.noUpcoming")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {upcoming.map((a) => (
            <li key={a.id} className="card">
              <UpcomingItem a={a} f={f} paths={paths} canAct={canAct} />
            </li>
          ))}
        </ul>
      )}

      <h2>{t("list.past")}</h2>
      {past.length === 0 ? (
        <p>{t("list.noPast")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {past.map((a) => (
            <li key={a.id} className="card">
              <PastItem a={a} f={f} paths={paths} now={now} canReadNotes={canReadNotes} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

type ItemProps = {
  a: AppointmentListItem;
  f: AppointmentFormat;
  paths: ReturnType<typeof appointmentPaths>;
};

async function UpcomingItem({ a, f, paths, canAct }: ItemProps & { canAct: boolean }) {
  const t = await getTranslations("appointments");
  return (
    <>
      <h3 className="mt-0">
        <Link href={paths.appointment(a.id)}>{f.when(a.startsAt, a.endsAt)}</Link>
      </h3>
      <dl className="facts">
        <VisitTypeRow visitType={a.visitType} unitKind={a.unitKind} />
        <dt>{t("common.unit")}</dt>
        <dd>
          {a.unitName === a.organisationName ? a.unitName : `${a.unitName}, ${a.organisationName}`}
        </dd>
        <dt>{t("common.where")}</dt>
        <dd>{f.place(a, a.unitName)}</dd>
        {a.clinicianName ? (
          <>
            <dt>{t("common.clinician")}</dt>
            <dd>{a.clinicianName}</dd>
          </>
        ) : null}
        {a.questionnaire !== "none" ? (
          <>
            <dt>{t("common.questionnaire")}</dt>
            <dd>
              <QuestionnaireStatus status={a.questionnaire} />
              {canAct && a.questionnaire !== "SUBMITTED" ? (
                <>
                  {" – "}
                  <Link href={paths.questionnaire(a.id)}>
                    {a.questionnaire === "DRAFT"
                      ? t("list.continueQuestionnaire")
                      : t("list.fillQuestionnaire")}
                  </Link>
                </>
              ) : null}
            </dd>
          </>
        ) : null}
      </dl>
    </>
  );
}

async function PastItem({
  a,
  f,
  paths,
  now,
  canReadNotes,
}: ItemProps & { now: Date; canReadNotes: boolean }) {
  const t = await getTranslations("appointments");
  const status = a.status === "BOOKED" && a.endsAt <= now ? "ENDED" : a.status;
  return (
    <>
      <h3 className="mt-0">
        <Link href={paths.appointment(a.id)}>{f.when(a.startsAt, a.endsAt)}</Link>
      </h3>
      <dl className="facts">
        <VisitTypeRow visitType={a.visitType} unitKind={a.unitKind} />
        <dt>{t("common.unit")}</dt>
        <dd>
          {a.unitName === a.organisationName ? a.unitName : `${a.unitName}, ${a.organisationName}`}
        </dd>
        {a.clinicianName ? (
          <>
            <dt>{t("common.clinician")}</dt>
            <dd>{a.clinicianName}</dd>
          </>
        ) : null}
        <dt>{t("common.status")}</dt>
        <dd>{t(`status.${status}`)}</dd>
        {a.outcome ? (
          <>
            <dt>{t("list.outcome")}</dt>
            <dd>{a.outcome}</dd>
          </>
        ) : null}
      </dl>
      {a.visitSummaryId && canReadNotes ? (
        <p className="mb-0">
          <Link href={paths.visitSummary(a.visitSummaryId)}>{t("list.visitSummary")}</Link>
        </p>
      ) : null}
    </>
  );
}
