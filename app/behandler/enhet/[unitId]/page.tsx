import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AnswerList } from "@/components/appointments/answer-list";
import { ClinicianDayNav } from "@/components/appointments/clinician-day-nav";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { isUuid, readDay, type SearchParams } from "@/app/_lib/params";
import { clinicianPaths } from "@/app/_lib/paths";
import { ColumnHeads, TableFrame } from "@/components/table/table-frame";
import { requireActor } from "@/lib/access/current-actor";
import { getUnitDayList } from "@/lib/appointments/unit-day-list";
import { getDb } from "@/lib/db/client";
import { addOsloDays, osloDateKey } from "@/lib/time/oslo";

type Params = Promise<{ unitId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.meta");
  return { title: t("dayList") };
}

/** A unit's appointments on one day, with reasons and the answered pre-visit forms. */
export default async function UnitDayListPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { unitId } = await params;
  const actor = await requireActor("CLINICIAN");
  if (!isUuid(unitId)) showNotFound();
  const unit = actor.units.find((u) => u.id === unitId);
  if (!unit) showNotFound();
  const now = new Date();
  const today = osloDateKey(now);
  const dag = readDay(await searchParams);
  const day = dag.day ?? today;
  const rows = await orNotFound(getUnitDayList(getDb(), actor, { unitId, day }, now));
  const t = await getTranslations("appointments");
  const f = await getAppointmentFormat(now);
  const dayLabel = f.day(day);

  return (
    <>
      <h1>{t("clinician.dayListTitle", { unit: unit.name })}</h1>
      <p>
        <Link href={clinicianPaths.slots(unitId, { dag: day })}>{t("clinician.manageSlots")}</Link>
      </p>
      <ClinicianDayNav
        day={day}
        action={clinicianPaths.dayList(unitId)}
        prevHref={clinicianPaths.dayList(unitId, addOsloDays(day, -1))}
        nextHref={clinicianPaths.dayList(unitId, addOsloDays(day, 1))}
        todayHref={clinicianPaths.dayList(unitId, today)}
      />
      {dag.invalid !== null ? (
        <div className="alert alert-warning">
          <p>{t("book.dayInvalid", { value: dag.invalid, shown: dayLabel })}</p>
        </div>
      ) : null}
      <h2 id="dagens-timer">{dayLabel}</h2>
      {rows.length === 0 ? (
        <p>{t("clinician.empty")}</p>
      ) : (
        <TableFrame labelledBy="dagens-timer" caption={t("clinician.caption", { day: dayLabel })}>
          <ColumnHeads
            columns={[
              t("clinician.time"),
              t("clinician.patient"),
              t("clinician.visitType"),
              t("clinician.reason"),
              t("clinician.questionnaire"),
            ]}
          />
          <tbody>
            {rows.map((r) => {
              const name = `${r.patient.givenName} ${r.patient.familyName}`;
              return (
                <tr key={r.id} className="border-b border-line-subtle align-top">
                  <td className="p-2 whitespace-nowrap">{f.timeRange(r.startsAt, r.endsAt)}</td>
                  <th scope="row" className="p-2 font-normal">
                    <Link href={clinicianPaths.patient(r.patient.id)} className="font-semibold">
                      {name}
                    </Link>
                    <span className="block text-base text-muted">
                      {t("clinician.born", { date: f.birthDate(r.patient.birthDate) })}
                    </span>
                  </th>
                  <td className="p-2">
                    {r.visitType}
                    <span className="block text-base text-muted">{f.mode(r.mode)}</span>
                  </td>
                  <td className="p-2 whitespace-pre-line">{r.reason}</td>
                  <td className="min-w-[12rem] p-2">
                    {r.questionnaire ? (
                      <details>
                        <summary>
                          {t("clinician.showAnswers")}
                          <span className="sr-only"> {t("clinician.answersOf", { name })}</span>
                        </summary>
                        <AnswerList items={r.questionnaire} noAnswer={t("clinician.noAnswer")} />
                      </details>
                    ) : r.questionnaireStatus === "DRAFT" ? (
                      t("clinician.draftOnly")
                    ) : (
                      t("clinician.notAnswered")
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </TableFrame>
      )}
    </>
  );
}
