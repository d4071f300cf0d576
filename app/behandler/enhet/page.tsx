import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClinicianUnitLinks } from "@/components/appointments/clinician-unit-links";
import { requireActor } from "@/lib/access/current-actor";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("appointments.meta");
  return { title: t("unitIndex") };
}

/** The clinician's units, each with its appointment list and schedule. */
export default async function UnitIndexPage() {
  const actor = await requireActor("CLINICIAN");
  const t = await getTranslations("appointments.clinician");
  return (
    <>
      <h1>{t("unitIndexTitle")}</h1>
      <p>{t("unitIndexIntro")}</p>
      <ClinicianUnitLinks units={actor.units} />
    </>
  );
}
