import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { clinicianPaths, renewalPaths } from "@/app/_lib/paths";
import { getMedicationFormat } from "@/components/medications/format";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { listRenewalWorkList } from "@/lib/record/medications/renewal-work-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("medications.meta");
  return { title: t("workList") };
}

/** The open renewal requests of the clinician's units, oldest first. */
export default async function RenewalWorkListPage() {
  const actor = await requireActor("CLINICIAN");
  const now = new Date();
  const rows = await orNotFound(listRenewalWorkList(getDb(), actor, now));
  const t = await getTranslations("medications.clinician");
  const f = await getMedicationFormat();
  const manyUnits = actor.units.length > 1;

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <p className="max-w-prose text-muted">{t("inboxNote")}</p>
      {rows.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {rows.map((r) => {
            const name = `${r.patient.givenName} ${r.patient.familyName}`;
            const medication = `${r.medication.name} ${r.medication.strength}`;
            return (
              <li key={r.id} className="card">
                <h2 className="mt-0 text-xl">
                  <Link href={renewalPaths.request(r.id)}>{`${name}: ${medication}`}</Link>
                </h2>
                <dl className="facts">
                  <dt>{t("patient")}</dt>
                  <dd>
                    <Link href={clinicianPaths.patient(r.patient.id)}>{name}</Link>
                    {`, ${t("born", { date: f.birthDate(r.patient.birthDate) })}`}
                    {r.askedByOther ? (
                      <span className="block text-muted">
                        {t("askedBy", { name: r.askedByOther })}
                      </span>
                    ) : null}
                  </dd>
                  <dt>{t("medication")}</dt>
                  <dd>{`${medication}, ${r.medication.form} (${r.medication.atcCode})`}</dd>
                  <dt>{t("requested")}</dt>
                  <dd>{f.moment(r.requestedAt)}</dd>
                  {manyUnits ? (
                    <>
                      <dt>{t("unit")}</dt>
                      <dd>{r.unit.name}</dd>
                    </>
                  ) : null}
                  <dt>{t("note")}</dt>
                  <dd className="whitespace-pre-line">{r.note ?? t("noNote")}</dd>
                </dl>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
