import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { isUuid, param, type SearchParams } from "@/app/_lib/params";
import { clinicianPaths, renewalPaths } from "@/app/_lib/paths";
import { DeclineForm, RenewForm } from "@/app/behandler/fornyelser/[id]/_components/decision-forms";
import { getMedicationFormat } from "@/components/medications/format";
import { prescriptionText } from "@/components/medications/medication-card";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { DECLINE_REASON_MAX, RENEWAL_MAX_DAYS } from "@/lib/record/medications/decide-renewal";
import { getRenewalRequest } from "@/lib/record/medications/get-renewal-request";
import { addOsloDays, osloDateKey } from "@/lib/time/oslo";
import { declineAction, renewAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("medications.meta");
  return { title: t("request") };
}

/** One renewal request: the medication as the patient has it, and the renew / decline forms. */
export default async function RenewalRequestPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { id } = await params;
  if (!isUuid(id)) showNotFound();
  const actor = await requireActor("CLINICIAN");
  const now = new Date();
  const r = await orNotFound(getRenewalRequest(getDb(), actor, id, now));
  const answered = param(await searchParams, "besvart");
  const t = await getTranslations("medications");
  const f = await getMedicationFormat();
  const m = r.medication;
  const name = `${r.patient.givenName} ${r.patient.familyName}`;
  const today = osloDateKey(now);

  return (
    <>
      <h1>{t("decision.title", { name })}</h1>
      {r.status !== "REQUESTED" && (answered === "RENEWED" || answered === "DECLINED") ? (
        <div role="status" className="alert alert-success">
          <p className="m-0">{t(`decision.confirmed${answered}`)}</p>
        </div>
      ) : null}
      <p>
        <Link href={clinicianPaths.patient(r.patient.id)}>
          {t("clinician.patientChart", { name })}
        </Link>
        {`, ${t("clinician.born", { date: f.birthDate(r.patient.birthDate) })}`}
      </p>

      <h2>{t("decision.request")}</h2>
      <dl className="facts">
        <dt>{t("decision.requestedAt")}</dt>
        <dd>
          {f.moment(r.requestedAt)}
          {r.askedByOther ? (
            <span className="block text-muted">
              {t("clinician.askedBy", { name: r.askedByOther })}
            </span>
          ) : null}
        </dd>
        <dt>{t("clinician.unit")}</dt>
        <dd>{r.unit.name}</dd>
        <dt>{t("decision.note")}</dt>
        <dd className="whitespace-pre-line">{r.note ?? t("clinician.noNote")}</dd>
      </dl>

      <h2>{t("decision.medication")}</h2>
      <dl className="facts">
        <dt>{t("clinician.medication")}</dt>
        <dd>{`${m.name} ${m.strength}, ${m.form}`}</dd>
        <dt>{t("fields.atc")}</dt>
        <dd>{m.atcCode}</dd>
        <dt>{t("fields.dosage")}</dt>
        <dd>{m.instruction ? `${m.dosage}. ${m.instruction}` : m.dosage}</dd>
        {m.reason ? (
          <>
            <dt>{t("fields.reason")}</dt>
            <dd>{m.reason}</dd>
          </>
        ) : null}
        <dt>{t("fields.prescriber")}</dt>
        <dd>
          {m.prescriberName
            ? t("value.prescriber", { name: m.prescriberName, unit: m.unitName })
            : m.unitName}
        </dd>
        <dt>{t("fields.started")}</dt>
        <dd>{f.day(m.startDate)}</dd>
        <dt>{t("fields.prescription")}</dt>
        <dd>{await prescriptionText(m, f)}</dd>
      </dl>

      {r.status === "REQUESTED" ? (
        <ClientMessages
          namespaces={["medications.decision", "medications.decisionErrors", "medications.errors"]}
        >
          <div className="mt-6 grid gap-8">
            <RenewForm
              action={renewAction}
              requestId={r.id}
              defaultDate={addOsloDays(today, 365)}
              minDate={addOsloDays(today, 1)}
              maxDate={addOsloDays(today, RENEWAL_MAX_DAYS)}
            />
            <DeclineForm action={declineAction} requestId={r.id} max={DECLINE_REASON_MAX} />
          </div>
        </ClientMessages>
      ) : (
        <>
          <h2>{t("decision.answered")}</h2>
          <p>
            {r.status === "RENEWED"
              ? t("decision.renewedBy", {
                  name: r.decidedBy ?? "–",
                  date: f.moment(r.decidedAt ?? now),
                  until: r.newEndDate ? f.day(r.newEndDate) : "",
                })
              : t("decision.declinedBy", {
                  name: r.decidedBy ?? "–",
                  date: f.moment(r.decidedAt ?? now),
                  reason: r.declineReason ?? "",
                })}
          </p>
        </>
      )}
      <p className="mt-6">
        <Link href={renewalPaths.workList}>{t("clinician.backToList")}</Link>
      </p>
    </>
  );
}
