import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DeadlineNotice } from "@/components/appointments/deadline-notice";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { isUuid, param, type SearchParams } from "@/app/_lib/params";
import { appointmentPaths } from "@/app/_lib/paths";
import { LimitedNote } from "@/components/appointments/limited-view";
import { QuestionnaireStatus } from "@/components/appointments/questionnaire-status";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getAppointment } from "@/lib/appointments/get-appointment";
import { getDb } from "@/lib/db/client";

type Params = Promise<{ subject: string; id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.meta");
  return { title: t("appointment") };
}

const BANNERS = {
  bestilt: "bookedBanner",
  endret: "changedBanner",
  avbestilt: "cancelledBanner",
} as const;

export default async function AppointmentPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { subject, id } = await params;
  if (!isUuid(id)) showNotFound();
  const actor = await requireActor("CITIZEN");
  const now = new Date();
  const view = await orNotFound(getAppointment(getDb(), actor, subject, id, now));
  // What to offer (links, buttons); the gate above decided what may be read.
  const access = await subjectAccess(subject);
  const canAct = access?.actionable.includes("APPOINTMENTS") ?? false;
  // The summary is a note (its own category): link it only for those who may read notes.
  const canReadNotes = access?.readable.includes("NOTES") ?? false;
  const t = await getTranslations("appointments");
  const f = await getAppointmentFormat(now);
  const paths = appointmentPaths(subject);
  const a = view.appointment;
  const unit = view.unit;
  const banner = param(await searchParams, "bekreftet");
  const bannerKey = banner && banner in BANNERS ? BANNERS[banner as keyof typeof BANNERS] : null;
  const formStatus = view.questionnaire
    ? (a.questionnaireResponse?.status ?? "NOT_STARTED")
    : "none";
  const ended = a.status === "BOOKED" && a.slot.endsAt <= now;

  return (
    <>
      {bannerKey ? (
        <div role="status" className="alert alert-success">
          <p>{t(`detail.${bannerKey}`)}</p>
        </div>
      ) : null}
      <h1>{a.slot.visitType ?? t("limited.limitedTitle", { kind: t(`unitKind.${unit.kind}`) })}</h1>
      {view.limited ? <LimitedNote name={view.subjectName} one /> : null}
      <dl className="facts">
        <dt>{t("common.when")}</dt>
        <dd>{f.when(a.slot.startsAt, a.slot.endsAt)}</dd>
        <dt>{t("common.where")}</dt>
        <dd>{f.place(a.slot, unit.name)}</dd>
        <dt>{t("common.unit")}</dt>
        <dd>
          {unit.name === unit.organisation.name
            ? unit.name
            : `${unit.name}, ${unit.organisation.name}`}
        </dd>
        {a.slot.clinician ? (
          <>
            <dt>{t("common.clinician")}</dt>
            <dd>{`${a.slot.clinician.givenName} ${a.slot.clinician.familyName}, ${a.slot.clinician.profession}`}</dd>
          </>
        ) : null}
        {a.slot.visitType === null ? (
          <>
            <dt>{t("limited.kindOfService")}</dt>
            <dd>{t(`unitKind.${unit.kind}`)}</dd>
          </>
        ) : null}
        {a.reason !== null ? (
          <>
            <dt>{t("common.reason")}</dt>
            <dd className="whitespace-pre-line">{a.reason}</dd>
          </>
        ) : null}
        <dt>{t("common.status")}</dt>
        <dd>
          {t(`status.${ended ? "ENDED" : a.status}`)}
          {a.status === "CANCELLED" && a.cancelledAt
            ? ` ${t("detail.cancelledAt", { when: f.dateTime(a.cancelledAt) })}`
            : null}
        </dd>
        {a.outcome ? (
          <>
            <dt>{t("list.outcome")}</dt>
            <dd>{a.outcome}</dd>
          </>
        ) : null}
      </dl>
      {a.visitSummaryId && canReadNotes ? (
        <p>
          <Link href={paths.visitSummary(a.visitSummaryId)}>{t("list.visitSummary")}</Link>
        </p>
      ) : null}

      {view.upcoming ? (
        <p>
          {/* A file download, not a page: a plain link with the download attribute. */}
          <a href={paths.calendar(a.id)} download aria-describedby="kalender-hint">
            {t("detail.calendar")}
          </a>
          <span id="kalender-hint" className="block text-base text-muted">
            {t("detail.calendarHint")}
          </span>
        </p>
      ) : null}

      {view.questionnaire && (view.upcoming || formStatus === "SUBMITTED") ? (
        <section aria-labelledby="skjema-tittel">
          <h2 id="skjema-tittel">{t("common.questionnaire")}</h2>
          <p>{t("detail.questionnaireIntro", { unit: unit.name })}</p>
          <p>
            <strong>
              <QuestionnaireStatus status={formStatus} />
            </strong>
            {canAct || formStatus === "SUBMITTED" ? (
              <>
                {" – "}
                <Link href={paths.questionnaire(a.id)}>
                  {formStatus === "SUBMITTED"
                    ? t("detail.seeAnswers")
                    : formStatus === "DRAFT"
                      ? t("detail.continueQuestionnaire")
                      : t("detail.fillQuestionnaire")}
                </Link>
              </>
            ) : null}
          </p>
        </section>
      ) : null}

      {view.upcoming && canAct ? (
        <section aria-labelledby="endre-tittel">
          <h2 id="endre-tittel">{t("detail.changeTitle")}</h2>
          {view.changeable ? (
            <>
              <p>{t("detail.changeUntil", { deadline: f.dateTime(view.changeableUntil) })}</p>
              <p className="flex flex-wrap gap-3">
                <Link href={paths.change(a.id)} className="btn">
                  {t("detail.change")}
                </Link>
                <Link href={paths.cancel(a.id)} className="btn">
                  {t("detail.cancel")}
                </Link>
              </p>
            </>
          ) : (
            <DeadlineNotice
              className=""
              info={{
                why: "deadline",
                hours: unit.cancellationDeadlineHours,
                unitName: unit.name,
                phone: unit.phone,
              }}
            />
          )}
        </section>
      ) : null}

      <p className="mt-6">
        <Link href={paths.list()}>{t("common.backToList")}</Link>
      </p>
    </>
  );
}
