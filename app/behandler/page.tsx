import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { SignOutEverywhereForm } from "@/components/shell/sign-out-form";
import { clinicianPaths } from "@/app/_lib/paths";
import { getDb } from "@/lib/db/client";
import { getClinicianOverview } from "@/lib/auth/actor-overview";
import { requireSignedIn } from "@/lib/auth/session";
import { showNotFound } from "@/app/_lib/or-not-found";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("clinicianHome");
  return { title: t("metaTitle") };
}

export default async function ClinicianHomePage() {
  const session = await requireSignedIn("CLINICIAN");
  if (!session.clinicianId) showNotFound();
  const clinician = await getClinicianOverview(getDb(), session.clinicianId);
  if (!clinician) showNotFound();
  const t = await getTranslations("clinicianHome");
  const tUnit = await getTranslations("appointments.clinician");

  return (
    <>
      <h1>{t("greeting", { name: session.displayName })}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("profession")}</dt>
        <dd className="m-0">{clinician.profession}</dd>
        <dt className="font-semibold">{t("hpr")}</dt>
        <dd className="m-0">{clinician.hprNumber ?? t("noHpr")}</dd>
      </dl>

      <h2>{t("unitsTitle")}</h2>
      {clinician.memberships.length === 0 ? (
        <p>{t("noUnits")}</p>
      ) : (
        <ul>
          {clinician.memberships.map((m) => (
            <li key={m.unit.id}>
              {m.unit.name}, {m.unit.organisation.name}
              {m.role === "LEAD" ? ` (${t("unitLead")})` : null}
              <ul>
                <li>
                  <Link href={clinicianPaths.dayList(m.unit.id)}>
                    {tUnit("dayListLink", { unit: m.unit.name })}
                  </Link>
                </li>
                <li>
                  <Link href={clinicianPaths.slots(m.unit.id)}>
                    {tUnit("slotsLink", { unit: m.unit.name })}
                  </Link>
                </li>
              </ul>
            </li>
          ))}
        </ul>
      )}

      <h2>{t("securityTitle")}</h2>
      <p>{t("securityText")}</p>
      <SignOutEverywhereForm />
    </>
  );
}
