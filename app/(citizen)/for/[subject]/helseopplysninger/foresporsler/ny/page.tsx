import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { FilingForm } from "@/components/formal-requests/filing-form";
import { getFormalRequestFormat } from "@/components/formal-requests/format";
import { formalRequestPaths } from "@/app/_lib/paths";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { getFilingOptions } from "@/lib/formal-requests/filing-options";
import { answerDueDate, FORMAL_REQUEST_TEXT_MAX } from "@/lib/formal-requests/limits";
import { fileFormalRequestAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("formalRequests.meta");
  return { title: t("new") };
}

/** "Ny forespørsel": the units the person can ask, and the form. Whoever may not file gets "not found". */
export default async function NewFormalRequestPage({
  params,
}: {
  params: Promise<{ subject: string }>;
}) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const overview = await subjectAccess(subject);
  if (!overview?.actionable.includes("FORMAL_REQUESTS")) showNotFound();
  const now = new Date();
  const units = await orNotFound(getFilingOptions(getDb(), actor, { subject }, now));
  const t = await getTranslations("formalRequests");
  const f = await getFormalRequestFormat();
  const name = `${overview.subject.givenName} ${overview.subject.familyName}`;

  return (
    <>
      <h1>{overview.isSelf ? t("form.title") : t("form.titleOther", { name })}</h1>
      <p className="max-w-prose">{t("list.deadlineRule")}</p>
      {units.length === 0 ? (
        <p>{t("form.noUnits")}</p>
      ) : (
        <ClientMessages
          namespaces={[
            "formalRequests.errors",
            "formalRequests.form",
            "formalRequests.kindHint",
            "formalRequests.kindLong",
          ]}
        >
          <FilingForm
            action={fileFormalRequestAction}
            subject={subject}
            units={units.map((u) => ({
              id: u.id,
              label: u.name === u.organisationName ? u.name : `${u.name}, ${u.organisationName}`,
            }))}
            max={FORMAL_REQUEST_TEXT_MAX}
            deadlineNote={t("form.deadlineNote", { date: f.day(answerDueDate(now)) })}
          />
        </ClientMessages>
      )}
      <p className="mt-6">
        <Link href={formalRequestPaths(subject).list}>{t("form.cancel")}</Link>
      </p>
    </>
  );
}
