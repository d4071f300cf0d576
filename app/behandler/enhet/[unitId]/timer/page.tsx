import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClinicianDayNav } from "@/components/appointments/clinician-day-nav";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { errorRef, isUuid, param, readDay, type SearchParams } from "@/app/_lib/params";
import { clinicianPaths } from "@/app/_lib/paths";
import { PublishSlotsForm } from "@/app/behandler/enhet/[unitId]/timer/_components/publish-slots-form";
import { ColumnHeads, TableFrame } from "@/components/table/table-frame";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { listUnitSlots } from "@/lib/appointments/manage-slots";
import { getDb } from "@/lib/db/client";
import { addOsloDays, osloDateKey } from "@/lib/time/oslo";
import { closeSlotAction, publishSlotsAction } from "./actions";

type Params = Promise<{ unitId: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.meta");
  return { title: t("slots") };
}

/** A unit's schedule on one day: which times are free, booked or closed; open and close times. */
export default async function UnitSlotsPage({
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
  const sp = await searchParams;
  const now = new Date();
  const today = osloDateKey(now);
  const dag = readDay(sp);
  const day = dag.day ?? today;
  const slots = await orNotFound(listUnitSlots(getDb(), actor, { unitId, day }));
  const t = await getTranslations("appointments");
  const f = await getAppointmentFormat(now);
  const dayLabel = f.day(day);
  const created = param(sp, "opprettet");
  const createdCount = created !== undefined && /^\d+$/.test(created) ? Number(created) : null;
  // "3 av 8 tider fantes fra før": times the database skipped because they overlap open ones.
  const count = (name: string) =>
    /^\d{1,3}$/.test(param(sp, name) ?? "") ? Number(param(sp, name)) : 0;
  const overlapping = count("fantes");
  const planned = Math.max(count("av"), overlapping);

  return (
    <>
      {createdCount !== null ? (
        <div role="status" className="alert alert-success">
          <p>
            {createdCount === 0 && overlapping > 0
              ? t("clinician.noneCreated")
              : t("clinician.created", { count: createdCount })}
          </p>
          {overlapping > 0 ? <p>{t("clinician.overlapping", { overlapping, planned })}</p> : null}
        </div>
      ) : null}
      {param(sp, "stengt") === "1" ? (
        <div role="status" className="alert alert-success">
          <p>{t("clinician.closedBanner")}</p>
        </div>
      ) : null}
      {param(sp, "feil") === "uventet" ? (
        <div role="alert" className="alert alert-error">
          <p>{t("common.unexpectedWithId", { id: errorRef(param(sp, "ref")) })}</p>
        </div>
      ) : null}
      {param(sp, "feil") === "bestilt" ? (
        <div role="alert" className="alert alert-error">
          <p>{t("clinician.heldError")}</p>
        </div>
      ) : null}
      <h1>{t("clinician.slotsTitle", { unit: unit.name })}</h1>
      <p>
        <Link href={clinicianPaths.dayList(unitId, day)}>{t("clinician.seeDayList")}</Link>
      </p>
      <ClinicianDayNav
        day={day}
        action={clinicianPaths.slots(unitId)}
        prevHref={clinicianPaths.slots(unitId, { dag: addOsloDays(day, -1) })}
        nextHref={clinicianPaths.slots(unitId, { dag: addOsloDays(day, 1) })}
        todayHref={clinicianPaths.slots(unitId, { dag: today })}
      />
      {dag.invalid !== null ? (
        <div className="alert alert-warning">
          <p>{t("book.dayInvalid", { value: dag.invalid, shown: dayLabel })}</p>
        </div>
      ) : null}
      <h2 id="dagens-tider">{dayLabel}</h2>
      {slots.length === 0 ? (
        <p>{t("clinician.slotsEmpty")}</p>
      ) : (
        <TableFrame
          labelledBy="dagens-tider"
          caption={t("clinician.slotsCaption", { day: dayLabel })}
        >
          <ColumnHeads
            columns={[
              t("clinician.time"),
              t("clinician.visitType"),
              t("clinician.slotStatus"),
              t("clinician.slotAction"),
            ]}
          />
          <tbody>
            {slots.map((s) => {
              const status = s.held ? "held" : s.status === "CLOSED" ? "closed" : "free";
              return (
                <tr key={s.id} className="border-b border-line-subtle align-top">
                  <th scope="row" className="p-2 font-normal whitespace-nowrap">
                    {f.timeRange(s.startsAt, s.endsAt)}
                  </th>
                  <td className="p-2">
                    {s.visitType}
                    <span className="block text-base text-muted">{f.mode(s.mode)}</span>
                  </td>
                  <td className="p-2">{t(`clinician.${status}`)}</td>
                  <td className="p-2">
                    {status === "free" && s.startsAt > now ? (
                      <form action={closeSlotAction}>
                        <input type="hidden" name="unitId" value={unitId} />
                        <input type="hidden" name="slotId" value={s.id} />
                        <input type="hidden" name="day" value={day} />
                        <button type="submit" className="btn btn-small">
                          {t("clinician.close")}
                          <span className="sr-only">
                            {" "}
                            {t("clinician.closeTime", { time: f.time(s.startsAt) })}
                          </span>
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </TableFrame>
      )}

      <h2>{t("clinician.publishTitle")}</h2>
      <p>{t("clinician.publishIntro")}</p>
      <ClientMessages
        namespaces={["appointments.clinician", "appointments.common", "appointments.mode"]}
      >
        <PublishSlotsForm
          action={publishSlotsAction}
          unitId={unitId}
          defaults={{
            day,
            startTime: "08:00",
            count: "8",
            durationMinutes: "20",
            mode: "IN_PERSON",
            location: "",
            visitType: "",
          }}
        />
      </ClientMessages>
    </>
  );
}
