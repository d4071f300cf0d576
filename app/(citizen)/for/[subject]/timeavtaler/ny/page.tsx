import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { BookConfirmForm } from "@/app/(citizen)/for/[subject]/timeavtaler/ny/_components/book-confirm-form";
import { DayLinks } from "@/components/appointments/day-links";
import { ErrorSummary } from "@/components/form/error-summary";
import { getAppointmentFormat, type AppointmentFormat } from "@/lib/i18n/format";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { isUuid, param, readDay, type SearchParams } from "@/app/_lib/params";
import { appointmentPaths } from "@/app/_lib/paths";
import { slotOption } from "@/components/appointments/slot-option";
import { SlotRadios } from "@/components/appointments/slot-radios";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { getBookingOptions, type FreeSlot } from "@/lib/appointments/booking-options";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { bookAppointmentAction } from "./actions";

type Params = Promise<{ subject: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.meta");
  return { title: t("book") };
}

/**
 * "Bestill time" in three steps, each a plain GET or POST form with its state in the URL
 * (?enhet=…&dag=…&tid=…), so it works without JavaScript and the back button behaves.
 */
export default async function BookPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { subject } = await params;
  const sp = await searchParams;
  const actor = await requireActor("CITIZEN");
  const now = new Date();
  if (!(await subjectAccess(subject))?.actionable.includes("APPOINTMENTS")) showNotFound();
  const enhet = param(sp, "enhet");
  const dag = readDay(sp);
  const tid = param(sp, "tid");
  // A GET form leaves out an unchecked radio group, so each form says which step it submitted.
  const submittedStep = param(sp, "steg");
  const options = await orNotFound(
    getBookingOptions(
      getDb(),
      actor,
      {
        subject,
        unitId: isUuid(enhet) ? enhet : undefined,
        day: dag.day,
        slotId: isUuid(tid) ? tid : undefined,
      },
      now,
    ),
  );
  const t = await getTranslations("appointments");
  const f = await getAppointmentFormat(now);
  const paths = appointmentPaths(subject);
  const unit = options.unit;
  const step = !unit ? 1 : tid === undefined || tid === "" ? 2 : 3;
  const chosen = options.slots.find((s) => s.id === tid) ?? null;
  // A made-up ?tid= is "no such time", not "just taken".
  const selectedGone = options.chosen === "gone" ? "taken" : "unknown";
  // Say so when the day asked for is not shown: not a real date, or no free times that day.
  const dayNotice =
    unit && options.day
      ? dag.invalid !== null
        ? t("book.dayInvalid", { value: dag.invalid, shown: f.day(options.day) })
        : dag.day && dag.day !== options.day
          ? t("book.dayNoFreeTimes", { day: f.day(dag.day), shown: f.day(options.day) })
          : null
      : null;
  const unitMissing = !unit && (submittedStep === "1" || enhet !== undefined);
  const timeMissing = step === 2 && (submittedStep === "2" || tid === "");

  return (
    <>
      <h1>{t("book.title")}</h1>
      <p className="text-muted">{t("book.step", { step })}</p>

      {!unit ? (
        <>
          <ErrorSummary
            title={t("common.errorSummaryTitle")}
            items={unitMissing ? [{ href: "#enhet-0", text: t("book.unitRequired") }] : []}
          />
          <h2>{t("book.step1Title")}</h2>
          {options.units.length === 0 ? (
            <p>{t("book.noUnits")}</p>
          ) : (
            <form method="get" action={paths.book()} noValidate>
              <input type="hidden" name="steg" value="1" />
              <UnitRadios
                units={options.units}
                error={unitMissing ? t("book.unitRequired") : null}
                hint={t("book.step1Hint")}
                legend={t("book.step1Title")}
              />
              <button type="submit" className="btn btn-primary">
                {t("common.continue")}
              </button>
            </form>
          )}
        </>
      ) : (
        <p>
          {t("book.bookingAt", { unit: unitLabel(unit) })}{" "}
          <Link href={paths.book()}>{t("book.changeUnit")}</Link>
        </p>
      )}

      {unit && step === 2 ? (
        <>
          <ErrorSummary
            title={t("common.errorSummaryTitle")}
            items={timeMissing ? [{ href: "#tid-0", text: t("book.timeRequired") }] : []}
          />
          <h2>{t("book.step2Title")}</h2>
          {dayNotice ? (
            <div className="alert alert-warning">
              <p>{dayNotice}</p>
            </div>
          ) : null}
          {options.days.length === 0 || !options.day ? (
            <p>{t("book.noTimes", { unit: unit.name })}</p>
          ) : (
            <>
              <DayLinks
                label={t("book.daysLabel")}
                current={options.day}
                days={options.days.map((d) => ({
                  day: d.day,
                  label: f.day(d.day),
                  free: t("book.dayFree", { count: d.free }),
                  href: paths.book({ enhet: unit.id, dag: d.day }),
                }))}
              />
              <form method="get" action={paths.book()} noValidate>
                <input type="hidden" name="enhet" value={unit.id} />
                <input type="hidden" name="dag" value={options.day} />
                <input type="hidden" name="steg" value="2" />
                <SlotRadios
                  legend={t("book.timesOn", { day: f.day(options.day) })}
                  slots={options.slots.map((s) => slotOption(s, unit.name, f))}
                  name="tid"
                  error={timeMissing ? t("book.timeRequired") : null}
                />
                <button type="submit" className="btn btn-primary">
                  {t("common.continue")}
                </button>
              </form>
            </>
          )}
        </>
      ) : null}

      {unit && step === 3 && options.day ? (
        <>
          <h2>{t("book.step3Title")}</h2>
          {dayNotice ? (
            <div className="alert alert-warning">
              <p>{dayNotice}</p>
            </div>
          ) : null}
          <ClientMessages
            namespaces={["appointments.book", "appointments.common", "appointments.errors"]}
          >
            <BookConfirmForm
              action={bookAppointmentAction}
              subject={subject}
              unitId={unit.id}
              unitName={unit.name}
              day={options.day}
              dayLabel={f.day(options.day)}
              selected={selectedOption(chosen, unit.name, f)}
              selectedGone={selectedGone}
              insideDeadlineHours={
                chosen &&
                chosen.startsAt.getTime() - now.getTime() <
                  unit.cancellationDeadlineHours * 3_600_000
                  ? unit.cancellationDeadlineHours
                  : null
              }
              alternatives={options.slots
                .filter((s) => s.id !== tid)
                .map((s) => slotOption(s, unit.name, f))}
              chooseTimeHref={paths.book({ enhet: unit.id, dag: options.day })}
              otherDaysHref={paths.book({ enhet: unit.id })}
            />
          </ClientMessages>
        </>
      ) : null}
    </>
  );
}

function selectedOption(slot: FreeSlot | null, unitName: string, f: AppointmentFormat) {
  if (!slot) return null;
  return {
    ...slotOption(slot, unitName, f),
    when: f.when(slot.startsAt, slot.endsAt),
    where: f.place(slot, unitName),
    clinician: slot.clinicianName,
  };
}

type Unit = Awaited<ReturnType<typeof getBookingOptions>>["units"][number];

function unitLabel(unit: Unit): string {
  return unit.name === unit.organisation.name
    ? unit.name
    : `${unit.name}, ${unit.organisation.name}`;
}

/** Step 1: the bookable units as radios, one group per organisation. */
function UnitRadios({
  units,
  error,
  hint,
  legend,
}: {
  units: Unit[];
  error: string | null;
  hint: string;
  legend: string;
}) {
  const groups = new Map<string, Unit[]>();
  for (const u of units)
    groups.set(u.organisation.name, [...(groups.get(u.organisation.name) ?? []), u]);
  let index = 0;
  return (
    <fieldset
      className="field max-w-none"
      aria-describedby={error ? "enhet-hint enhet-feil" : "enhet-hint"}
    >
      <legend className="sr-only">{legend}</legend>
      <p id="enhet-hint" className="field-hint m-0">
        {hint}
      </p>
      {error ? (
        <p id="enhet-feil" className="field-error m-0">
          {error}
        </p>
      ) : null}
      {[...groups.entries()].map(([organisation, list]) => (
        <fieldset key={organisation} className="mt-3">
          <legend className="font-semibold">{organisation}</legend>
          <ul role="list" className="plain-list">
            {list.map((u) => {
              const id = `enhet-${index++}`;
              return (
                <li key={u.id} className="choice">
                  <input type="radio" id={id} name="enhet" value={u.id} required />
                  <label htmlFor={id}>{u.name}</label>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}
    </fieldset>
  );
}
