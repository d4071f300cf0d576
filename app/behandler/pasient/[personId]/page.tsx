import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getAppointmentFormat } from "@/components/appointments/format";
import { isUuid } from "@/components/appointments/params";
import { clinicianPaths } from "@/components/appointments/paths";
import { EmergencyAccessForm } from "@/components/record/emergency-access-form";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { activeEmergencyAccess, EMERGENCY_ACCESS_MINUTES, EMERGENCY_REASON_MAX } from "@/lib/access/emergency-access";
import { AccessDeniedError } from "@/lib/access/errors";
import { EMERGENCY_INELIGIBLE, MIN_EMERGENCY_REASON_LENGTH, type DenyReason } from "@/lib/access/rules";
import { getDb } from "@/lib/db/client";
import { getPatientChart, type PatientChart } from "@/lib/record/patient-chart";
import { startEmergencyAccessAction } from "../actions";
import { TableFrame } from "@/components/table/table-frame";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("patientChart.meta");
  return { title: t("chart") };
}

/** The clinician's view of a patient: by care relation, or after taking emergency access. */
export default async function PatientChartPage({ params }: { params: Promise<{ personId: string }> }) {
  const { personId } = await params;
  if (!isUuid(personId)) notFound();
  const actor = await requireActor("CLINICIAN");
  const now = new Date();
  let chart: PatientChart;
  try {
    chart = await getPatientChart(getDb(), actor, personId, now);
  } catch (error) {
    // Without a care relation the clinician may state an emergency; any other refusal is "not found".
    if (error instanceof AccessDeniedError && error.reason === "no_care_relation") return <NoCareRelation personId={personId} />;
    // Said plainly: it is about the clinician, not the patient.
    if (error instanceof AccessDeniedError && isEmergencyIneligible(error.reason)) return <EmergencyNotAllowed reason={error.reason} />;
    if (error instanceof AccessDeniedError) notFound();
    throw error;
  }
  const emergency = chart.basis === "EMERGENCY" ? await activeEmergencyAccess(getDb(), actor, personId, now) : null;
  const t = await getTranslations("patientChart.chart");
  const status = await getTranslations("appointments.status");
  const f = await getAppointmentFormat(now);
  const p = chart.patient;

  return (
    <>
      {emergency ? (
        <div role="status" className="alert alert-warning">
          <p>{t("emergencyBanner", { until: f.time(emergency.expiresAt) })}</p>
        </div>
      ) : null}
      <h1>{`${p.givenName} ${p.familyName}`}</h1>
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("born")}</dt>
        <dd className="m-0">{f.birthDate(p.birthDate)}</dd>
        <dt className="font-semibold">{t("nationalId")}</dt>
        <dd className="m-0">{p.nationalId}</dd>
        <dt className="font-semibold">{t("basis")}</dt>
        <dd className="m-0">{t(chart.basis === "EMERGENCY" ? "basisEMERGENCY" : "basisCARE_RELATION")}</dd>
      </dl>

      <h2 id="pasientens-timer">{t("appointments")}</h2>
      {chart.appointments.length === 0 ? (
        <p>{t("noAppointments")}</p>
      ) : (
        <TableFrame labelledBy="pasientens-timer">
            <thead>
              <tr className="border-b-2 border-line">
                <th scope="col" className="p-2">{t("when")}</th>
                <th scope="col" className="p-2">{t("unit")}</th>
                <th scope="col" className="p-2">{t("visitType")}</th>
                <th scope="col" className="p-2">{t("status")}</th>
                <th scope="col" className="p-2">{t("reason")}</th>
              </tr>
            </thead>
            <tbody>
              {chart.appointments.map((a) => (
                <tr key={a.id} className="border-b border-line-subtle align-top">
                  <td className="p-2">{f.when(a.slot.startsAt, a.slot.endsAt)}</td>
                  <td className="p-2">{a.slot.unit.name}</td>
                  <td className="p-2">{a.slot.visitType}</td>
                  <td className="p-2">{status(a.status)}</td>
                  <td className="p-2">
                    {a.reason}
                    {a.outcome ? <span className="block text-muted">{a.outcome}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
        </TableFrame>
      )}

      <h2>{t("notes")}</h2>
      {chart.notes.length === 0 ? (
        <p>{t("noNotes")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {chart.notes.map((n) => (
            <li key={n.id} className="card">
              <h3 className="mt-0">{n.title}</h3>
              <p className="text-muted">
                {t("writtenBy", {
                  name: n.author ? `${n.author.givenName} ${n.author.familyName}` : "–",
                  profession: n.author?.profession ?? "–",
                  unit: n.unit.name,
                  date: f.dateTime(n.writtenAt),
                })}
              </p>
              {!n.visibleToPatientFrom || n.visibleToPatientFrom > now ? <p>{t("notReleased")}</p> : null}
              <p className="mb-0 max-w-prose whitespace-pre-line">{n.body}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="mt-6">
        <Link href={clinicianPaths.findPatient}>{t("findAnother")}</Link>
      </p>
    </>
  );
}

async function NoCareRelation({ personId }: { personId: string }) {
  const t = await getTranslations("patientChart.emergency");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="max-w-prose">{t("intro", { minutes: EMERGENCY_ACCESS_MINUTES })}</p>
      <div className="alert alert-warning">
        <p>{t("warning")}</p>
      </div>
      <ClientMessages namespaces={["patientChart"]}>
        <EmergencyAccessForm action={startEmergencyAccessAction} personId={personId} min={MIN_EMERGENCY_REASON_LENGTH} max={EMERGENCY_REASON_MAX} />
      </ClientMessages>
    </>
  );
}

type Ineligible = "not_health_personnel" | "emergency_profession" | "emergency_unit_kind";

function isEmergencyIneligible(reason: string): reason is Ineligible {
  return (EMERGENCY_INELIGIBLE as readonly string[]).includes(reason as DenyReason);
}

async function EmergencyNotAllowed({ reason }: { reason: Ineligible }) {
  const t = await getTranslations("patientChart.emergency.notAllowed");
  return (
    <>
      <h1>{t("title")}</h1>
      <div className="alert alert-warning">
        <p>{t("intro")}</p>
        <p>{t(reason)}</p>
      </div>
      <p className="max-w-prose">{t("help")}</p>
      <p className="mt-6">
        <Link href={clinicianPaths.findPatient}>{(await getTranslations("patientChart.chart"))("findAnother")}</Link>
      </p>
    </>
  );
}
