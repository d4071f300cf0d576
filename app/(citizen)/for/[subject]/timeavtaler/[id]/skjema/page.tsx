import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AnswerList } from "@/components/appointments/answer-list";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { isUuid, param, type SearchParams } from "@/app/_lib/params";
import { appointmentPaths } from "@/app/_lib/paths";
import { LimitedNote } from "@/components/appointments/limited-view";
import { QuestionnaireForm } from "@/app/(citizen)/for/[subject]/timeavtaler/[id]/skjema/_components/questionnaire-form";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { getAppointment } from "@/lib/appointments/get-appointment";
import {
  MAX_LONG_ANSWER,
  MAX_SHORT_ANSWER,
  responseToAnswers,
} from "@/lib/appointments/questionnaire-form";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { saveQuestionnaireAction } from "./actions";

type Params = Promise<{ subject: string; id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.meta");
  return { title: t("questionnaire") };
}

export default async function QuestionnairePage({
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
  const t = await getTranslations("appointments");
  const f = await getAppointmentFormat(now);
  const paths = appointmentPaths(subject);
  const a = view.appointment;
  const response = a.questionnaireResponse;
  const justSent = param(await searchParams, "sendt") === "1";
  const back = (
    <p className="mt-6">
      <Link href={paths.appointment(a.id)}>{t("common.backToAppointment")}</Link>
    </p>
  );

  return (
    <>
      {justSent && response?.status === "SUBMITTED" ? (
        <div role="status" className="alert alert-success">
          <p>{t("form.submittedBanner")}</p>
        </div>
      ) : null}
      <h1>{view.questionnaire?.title ?? t("form.title")}</h1>
      <p>{t("form.for", { when: f.when(a.slot.startsAt, a.slot.endsAt) })}</p>
      {view.limited ? (
        // A parent of a 12–15-year-old neither reads nor writes the young person's answers.
        <LimitedNote name={view.subjectName} one />
      ) : !view.questionnaire ? (
        <p>{t("form.none")}</p>
      ) : response?.status === "SUBMITTED" ? (
        <>
          {response.submittedAt ? (
            <p>{t("form.submittedAt", { when: f.dateTime(response.submittedAt) })}</p>
          ) : null}
          <h2>{t("form.yourAnswers")}</h2>
          <AnswerList
            noAnswer={t("form.noAnswer")}
            items={view.questionnaire.form.map((item) => ({
              ...item,
              answer: responseToAnswers(response.fhir)[item.linkId] ?? null,
            }))}
          />
        </>
      ) : !view.upcoming ? (
        <p>{t("form.notUpcoming")}</p>
      ) : !(await subjectAccess(subject))?.actionable.includes("APPOINTMENTS") ? (
        // Someone who may only see (a "see only" proxy) gets the status, not the form.
        <p>{t(`questionnaireStatus.${response?.status ?? "NOT_STARTED"}`)}</p>
      ) : (
        <>
          <p>{t("form.intro", { unit: view.unit.name })}</p>
          <ClientMessages namespaces={["appointments.common", "appointments.form"]}>
            <QuestionnaireForm
              action={saveQuestionnaireAction}
              subject={subject}
              appointmentId={a.id}
              items={view.questionnaire.form}
              initial={response ? responseToAnswers(response.fhir) : {}}
              maxLength={{ short: MAX_SHORT_ANSWER, long: MAX_LONG_ANSWER }}
            />
          </ClientMessages>
        </>
      )}
      {back}
    </>
  );
}
