import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PatientLookupForm } from "@/app/behandler/pasient/_components/patient-lookup-form";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import {
  EMERGENCY_ACCESS_MINUTES,
  EMERGENCY_REASON_MAX,
} from "@/lib/emergency-access/emergency-access";
import { MIN_EMERGENCY_REASON_LENGTH } from "@/lib/access/rules";
import { findPatientAction, startEmergencyAccessAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("patientChart.meta");
  return { title: t("lookup") };
}

export default async function PatientLookupPage() {
  await requireActor("CLINICIAN");
  const t = await getTranslations("patientChart.lookup");
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <ClientMessages namespaces={["patientChart.lookup", "patientChart.emergency"]}>
        <PatientLookupForm
          action={findPatientAction}
          emergency={{
            action: startEmergencyAccessAction,
            minutes: EMERGENCY_ACCESS_MINUTES,
            min: MIN_EMERGENCY_REASON_LENGTH,
            max: EMERGENCY_REASON_MAX,
          }}
        />
      </ClientMessages>
    </>
  );
}
