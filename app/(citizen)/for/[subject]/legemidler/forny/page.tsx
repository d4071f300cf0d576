import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { isUuid, param, type SearchParams } from "@/app/_lib/params";
import { getMedicationFormat } from "@/components/medications/format";
import { prescriptionText } from "@/components/medications/medication-card";
import { medicationPaths } from "@/app/_lib/paths";
import {
  RenewalRequestForm,
  type RenewalOption,
} from "@/app/(citizen)/for/[subject]/legemidler/forny/_components/renewal-request-form";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { listMedications } from "@/lib/record/medications/list-medications";
import { RENEWAL_NOTE_MAX } from "@/lib/record/medications/request-renewal";
import { requestRenewalAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("medications.meta");
  return { title: t("renew") };
}

type Params = Promise<{ subject: string }>;

/** Choose a current medication and ask its prescriber's unit to renew the prescription. */
export default async function RenewMedicationPage({
  params,
  searchParams,
}: {
  params: Params;
  searchParams: Promise<SearchParams>;
}) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  // A see-only proxy is not offered the form (the gate refuses the request as well).
  const overview = await subjectAccess(subject);
  if (!overview?.actionable.includes("MEDICATIONS")) showNotFound();
  const now = new Date();
  const { current } = await orNotFound(listMedications(getDb(), actor, subject, now));
  const t = await getTranslations("medications");
  const f = await getMedicationFormat();
  const paths = medicationPaths(subject);
  const wanted = param(await searchParams, "legemiddel");
  const options: RenewalOption[] = await Promise.all(
    current
      .filter((m) => m.renewable)
      .map(async (m) => ({
        id: m.id,
        label: `${m.name} ${m.strength}, ${m.form}`,
        details: `${await prescriptionText(m, f)}. ${m.unitName}`,
        waiting: m.latestRenewal?.status === "REQUESTED",
      })),
  );
  const preselected =
    isUuid(wanted) && options.some((o) => o.id === wanted && !o.waiting) ? wanted : null;

  return (
    <>
      <h1>{t("form.title")}</h1>
      <p className="max-w-prose">{t("form.intro")}</p>
      <p className="max-w-prose">{t("form.notice")}</p>
      {options.length === 0 || options.every((o) => o.waiting) ? (
        <>
          <p>{options.length === 0 ? t("form.noneRenewable") : t("form.allWaiting")}</p>
          <p>
            <Link href={paths.list()}>{t("form.back")}</Link>
          </p>
        </>
      ) : (
        <ClientMessages namespaces={["medications.errors", "medications.form"]}>
          <RenewalRequestForm
            action={requestRenewalAction}
            subject={subject}
            options={options}
            preselectedId={preselected}
            noteMax={RENEWAL_NOTE_MAX}
            cancelHref={paths.list()}
          />
        </ClientMessages>
      )}
    </>
  );
}
