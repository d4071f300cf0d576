import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ChangeForm } from "@/app/(citizen)/for/[subject]/timeavtaler/[id]/endre/_components/change-form";
import { DayLinks } from "@/components/appointments/day-links";
import { DeadlineNotice } from "@/components/appointments/deadline-notice";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { isUuid, readDay, type SearchParams } from "@/app/_lib/params";
import { appointmentPaths } from "@/app/_lib/paths";
import { slotOption } from "@/components/appointments/slot-option";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { getBookingOptions } from "@/lib/appointments/booking-options";
import { getAppointment } from "@/lib/appointments/get-appointment";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { osloDateKey } from "@/lib/time/oslo";
import { changeAppointmentAction } from "./actions";

type Params = Promise<{ subject: string; id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.meta");
  return { title: t("change") };
}

export default async function ChangeAppointmentPage({
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
  if (!(await subjectAccess(subject))?.actionable.includes("APPOINTMENTS")) showNotFound();
  const db = getDb();
  const view = await orNotFound(getAppointment(db, actor, subject, id, now));
  const t = await getTranslations("appointments");
  const f = await getAppointmentFormat(now);
  const paths = appointmentPaths(subject);
  const a = view.appointment;
  const unit = view.unit;
  const dag = readDay(await searchParams);

  const header = (
    <>
      <h1>{t("change.title")}</h1>
      <h2>{t("change.current")}</h2>
      <dl className="facts">
        <dt>{t("common.when")}</dt>
        <dd>{f.when(a.slot.startsAt, a.slot.endsAt)}</dd>
        <dt>{t("common.where")}</dt>
        <dd>{f.place(a.slot, unit.name)}</dd>
      </dl>
    </>
  );
  const back = (
    <p className="mt-6">
      <Link href={paths.appointment(a.id)}>{t("common.backToAppointment")}</Link>
    </p>
  );

  if (!view.changeable) {
    const why = a.status !== "BOOKED" ? "not_booked" : !view.upcoming ? "past" : "deadline";
    return (
      <>
        {header}
        <DeadlineNotice
          info={{
            why,
            hours: unit.cancellationDeadlineHours,
            unitName: unit.name,
            phone: unit.phone,
          }}
        />
        {back}
      </>
    );
  }

  // Other times the same day first: that is what most people who move a time want.
  const options = await orNotFound(
    getBookingOptions(
      db,
      actor,
      {
        subject,
        unitId: unit.id,
        day: dag.day ?? osloDateKey(a.slot.startsAt),
        excludeSlotId: a.slotId,
      },
      now,
    ),
  );
  if (!options.unit) {
    return (
      <>
        {header}
        <p>{t("change.notBookable", { unit: unit.name })}</p>
        <DeadlineNotice
          className=""
          info={{
            why: "deadline",
            hours: unit.cancellationDeadlineHours,
            unitName: unit.name,
            phone: unit.phone,
          }}
        />
        {back}
      </>
    );
  }

  return (
    <>
      {header}
      <h2>{t("book.step2Title")}</h2>
      <p>{t("change.intro", { unit: unit.name })}</p>
      {options.day && dag.invalid !== null ? (
        <div className="alert alert-warning">
          <p>{t("book.dayInvalid", { value: dag.invalid, shown: f.day(options.day) })}</p>
        </div>
      ) : null}
      {options.days.length === 0 || !options.day ? (
        <p>{t("change.noTimes", { unit: unit.name })}</p>
      ) : (
        <>
          <DayLinks
            label={t("book.daysLabel")}
            current={options.day}
            days={options.days.map((d) => ({
              day: d.day,
              label: f.day(d.day),
              free: t("book.dayFree", { count: d.free }),
              href: paths.change(a.id, { dag: d.day }),
            }))}
          />
          <ClientMessages
            namespaces={[
              "appointments.book",
              "appointments.change",
              "appointments.common",
              "appointments.deadline",
              "appointments.detail",
              "appointments.errors",
            ]}
          >
            <ChangeForm
              key={options.day}
              action={changeAppointmentAction}
              subject={subject}
              appointmentId={a.id}
              unitId={unit.id}
              day={options.day}
              dayLabel={f.day(options.day)}
              slots={options.slots.map((s) => slotOption(s, unit.name, f))}
            />
          </ClientMessages>
        </>
      )}
      {back}
    </>
  );
}
