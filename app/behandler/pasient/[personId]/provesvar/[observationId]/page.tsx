import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { isUuid } from "@/app/_lib/params";
import { clinicianPaths } from "@/app/_lib/paths";
import { HideFromGuardiansForm } from "@/components/lab-results/hide-form";
import { getLabFormat } from "@/components/lab-results/format";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { HIDE_REASON_MAX, HIDE_REASON_MIN } from "@/lib/record/lab-results/hide-from-guardians";
import { getPatientLabResults } from "@/lib/record/lab-results/patient-lab-results";
import { hideFromGuardiansAction, showToGuardiansAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("labResults.hide");
  return { title: t("title") };
}

type Params = Promise<{ personId: string; observationId: string }>;

/** "Ikke vis til foresatte" for one of the newest results in the chart (read through the gate). */
export default async function HideResultPage({ params }: { params: Params }) {
  const { personId, observationId } = await params;
  if (!isUuid(personId) || !isUuid(observationId)) showNotFound();
  const actor = await requireActor("CLINICIAN");
  const now = new Date();
  const results = await orNotFound(getPatientLabResults(getDb(), actor, personId, now));
  const r = results.find((x) => x.id === observationId.toLowerCase());
  if (!r) showNotFound();
  const t = await getTranslations("labResults.hide");
  const lt = await getTranslations("labResults.chart");
  const f = await getAppointmentFormat(now);
  const lf = await getLabFormat();
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <p className="font-semibold">
        {t("result", { analysis: r.analysis, date: f.date(r.takenAt), value: lf.value(r) })}
      </p>
      {r.correction ? (
        <p>
          {lt("corrected", {
            date: f.dateTime(r.correction.at),
            value: lf.value(r.correction.first),
          })}
        </p>
      ) : null}
      {r.hiddenFromGuardians ? (
        <>
          <p>{t("isHidden", { reason: r.hiddenReason ?? "" })}</p>
          <form action={showToGuardiansAction}>
            <input type="hidden" name="personId" value={personId} />
            <input type="hidden" name="observationId" value={r.id} />
            <button type="submit" className="btn">
              {t("lift")}
            </button>
          </form>
        </>
      ) : (
        <ClientMessages namespaces={["labResults.hide"]}>
          <HideFromGuardiansForm
            action={hideFromGuardiansAction}
            personId={personId}
            observationId={r.id}
            min={HIDE_REASON_MIN}
            max={HIDE_REASON_MAX}
          />
        </ClientMessages>
      )}
      <p className="mt-6">
        <Link href={clinicianPaths.patient(personId)}>{t("back")}</Link>
      </p>
    </>
  );
}
