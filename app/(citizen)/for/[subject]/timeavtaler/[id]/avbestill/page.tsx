import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { VisitTypeRow } from "@/components/appointments/limited-view";
import { CancelForm } from "@/app/(citizen)/for/[subject]/timeavtaler/[id]/avbestill/_components/cancel-form";
import { DeadlineNotice } from "@/components/appointments/deadline-notice";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { isUuid } from "@/app/_lib/params";
import { appointmentPaths } from "@/app/_lib/paths";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { getAppointment } from "@/lib/appointments/get-appointment";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { cancelAppointmentAction } from "./actions";

type Params = Promise<{ subject: string; id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.meta");
  return { title: t("cancel") };
}

export default async function CancelAppointmentPage({ params }: { params: Params }) {
  const { subject, id } = await params;
  if (!isUuid(id)) showNotFound();
  const actor = await requireActor("CITIZEN");
  const now = new Date();
  if (!(await subjectAccess(subject))?.actionable.includes("APPOINTMENTS")) showNotFound();
  const view = await orNotFound(getAppointment(getDb(), actor, subject, id, now));
  const t = await getTranslations("appointments");
  const f = await getAppointmentFormat(now);
  const paths = appointmentPaths(subject);
  const a = view.appointment;
  const unit = view.unit;
  const why = a.status !== "BOOKED" ? "not_booked" : !view.upcoming ? "past" : "deadline";

  return (
    <>
      <h1>{t("cancel.title")}</h1>
      <p>{t("cancel.intro")}</p>
      <dl className="facts">
        <dt>{t("common.when")}</dt>
        <dd>{f.when(a.slot.startsAt, a.slot.endsAt)}</dd>
        <VisitTypeRow visitType={a.slot.visitType} unitKind={unit.kind} />
        <dt>{t("common.unit")}</dt>
        <dd>{unit.name}</dd>
      </dl>
      {view.changeable ? (
        <ClientMessages
          namespaces={[
            "appointments.cancel",
            "appointments.common",
            "appointments.deadline",
            "appointments.detail",
            "appointments.errors",
          ]}
        >
          <CancelForm
            action={cancelAppointmentAction}
            subject={subject}
            appointmentId={a.id}
            unitName={unit.name}
            keepHref={paths.appointment(a.id)}
          />
        </ClientMessages>
      ) : (
        <>
          <DeadlineNotice
            info={{
              why,
              hours: unit.cancellationDeadlineHours,
              unitName: unit.name,
              phone: unit.phone,
            }}
          />
          <p>
            <Link href={paths.appointment(a.id)}>{t("common.backToAppointment")}</Link>
          </p>
        </>
      )}
    </>
  );
}
