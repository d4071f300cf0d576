import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { isUuid } from "@/app/_lib/params";
import { clinicianPaths } from "@/app/_lib/paths";
import { requireActor } from "@/lib/access/current-actor";
import { activeEmergencyAccess } from "@/lib/emergency-access/emergency-access";
import { AccessDeniedError } from "@/lib/access/errors";
import { getDb } from "@/lib/db/client";
import { getPatientChart, type PatientChart } from "@/lib/record/patient-chart";
import { getLabFormat } from "@/components/lab-results/format";
import { getPatientLabResults } from "@/lib/record/lab-results/patient-lab-results";
import { ColumnHeads, TableFrame } from "@/components/table/table-frame";
import { ChartMedications } from "@/components/medications/chart-medications";
import { getMedicationFormat } from "@/components/medications/format";
import { listMedications } from "@/lib/record/medications/list-medications";
import {
  ChartAllergies,
  ChartDiagnosesAndVaccines,
} from "@/components/health-record/chart-sections";
import { getRecordFormat } from "@/components/health-record/format";
import { getChartHealthRecord } from "@/lib/record/health-record/chart-health-record";
import { showNotFound } from "@/app/_lib/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("patientChart.meta");
  return { title: t("chart") };
}

/** The clinician's view of a patient: by care relation, or after taking emergency access. */
export default async function PatientChartPage({
  params,
  searchParams,
}: {
  params: Promise<{ personId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { personId } = await params;
  const resultChange = (await searchParams).provesvar;
  if (!isUuid(personId)) showNotFound();
  const actor = await requireActor("CLINICIAN");
  const now = new Date();
  let chart: PatientChart;
  try {
    chart = await getPatientChart(getDb(), actor, personId, now);
  } catch (error) {
    // Every refusal looks the same (unknown, shielded, no care relation): emergency access is taken
    // from Finn pasient, which never tells them apart either.
    if (error instanceof AccessDeniedError) showNotFound();
    throw error;
  }
  // Medications are their own category: a second pass through the gate, logged as MEDICATIONS.
  const medications = await listMedications(getDb(), actor, personId, now);
  // Allergies, diagnoses and vaccines: one gate pass each, logged under their own categories.
  const record = await getChartHealthRecord(getDb(), actor, personId, now);
  const emergency =
    chart.basis === "EMERGENCY" ? await activeEmergencyAccess(getDb(), actor, personId, now) : null;
  const t = await getTranslations("patientChart.chart");
  const status = await getTranslations("appointments.status");
  const f = await getAppointmentFormat(now);
  const p = chart.patient;
  const results = await getPatientLabResults(getDb(), actor, personId, now);
  const lt = await getTranslations("labResults.chart");
  const lf = await getLabFormat();
  const ht = await getTranslations("labResults.hide");

  return (
    <>
      {emergency ? (
        <div role="status" className="alert alert-warning">
          <p>{t("emergencyBanner", { until: f.time(emergency.expiresAt) })}</p>
        </div>
      ) : null}
      <h1>{`${p.givenName} ${p.familyName}`}</h1>
      <dl className="facts">
        <dt>{t("born")}</dt>
        <dd>{f.birthDate(p.birthDate)}</dd>
        <dt>{t("nationalId")}</dt>
        <dd>{p.nationalId}</dd>
        <dt>{t("basis")}</dt>
        <dd>{t(chart.basis === "EMERGENCY" ? "basisEMERGENCY" : "basisCARE_RELATION")}</dd>
      </dl>
      <ChartAllergies allergies={record.allergies} />

      <h2 id="pasientens-timer">{t("appointments")}</h2>
      {chart.appointments.length === 0 ? (
        <p>{t("noAppointments")}</p>
      ) : (
        <TableFrame labelledBy="pasientens-timer">
          <ColumnHeads columns={[t("when"), t("unit"), t("visitType"), t("status"), t("reason")]} />
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
              {!n.visibleToPatientFrom || n.visibleToPatientFrom > now ? (
                <p>{t("notReleased")}</p>
              ) : null}
              <p className="mb-0 max-w-prose whitespace-pre-line">{n.body}</p>
            </li>
          ))}
        </ul>
      )}
      <h2 id="pasientens-provesvar">{lt("title")}</h2>
      {resultChange === "skjult" || resultChange === "vist" ? (
        <div role="status" className="alert alert-success">
          <p>{ht(`done.${resultChange}`)}</p>
        </div>
      ) : null}
      {results.length === 0 ? (
        <p>{lt("empty")}</p>
      ) : (
        <TableFrame labelledBy="pasientens-provesvar" caption={lt("caption")}>
          <ColumnHeads columns={[lt("taken"), lt("analysis"), lt("value"), lt("patientSees")]} />
          <tbody>
            {results.map((r) => (
              <tr key={r.id} className="border-b border-line-subtle align-top">
                <td className="p-2">{f.date(r.takenAt)}</td>
                <td className="p-2">{r.analysis}</td>
                <td className={`p-2 ${lf.isOutOfRange(r.interpretation) ? "font-semibold" : ""}`}>
                  {`${lf.value(r)} (${lf.flag(r.interpretation)}; ${lf.range(r)})`}
                  {r.correction ? (
                    <span className="block text-muted">
                      {lt("corrected", {
                        date: f.dateTime(r.correction.at),
                        value: lf.value(r.correction.first),
                      })}
                    </span>
                  ) : null}
                  {r.comment ? <span className="block text-muted">{r.comment}</span> : null}
                </td>
                <td className="p-2">
                  {lt(`state.${r.patientSees}`)}
                  {r.hiddenFromGuardians ? (
                    <span className="block text-muted">
                      {lt("hidden", { reason: r.hiddenReason ?? "" })}
                    </span>
                  ) : null}
                  <Link
                    className="block"
                    href={`/behandler/pasient/${personId}/provesvar/${r.id}`}
                    aria-label={`${ht("link")}: ${r.analysis}, ${f.date(r.takenAt)}`}
                  >
                    {ht("link")}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </TableFrame>
      )}
      <p>
        <Link href="/behandler/provesvar">{lt("workList")}</Link>
      </p>
      <ChartMedications list={medications} f={await getMedicationFormat()} />
      <ChartDiagnosesAndVaccines record={record} f={await getRecordFormat()} />
      <p className="mt-6">
        <Link href={clinicianPaths.findPatient}>{t("findAnother")}</Link>
      </p>
    </>
  );
}
