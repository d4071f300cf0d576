import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ErrorSummary } from "@/components/form/error-summary";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { param, type SearchParams } from "@/app/_lib/params";
import { ComposeForm } from "@/app/(citizen)/for/[subject]/meldinger/ny/_components/compose-form";
import { EmergencyNotice } from "@/components/messages/emergency-notice";
import { getMessageFormat } from "@/components/messages/format";
import { messagePaths } from "@/app/_lib/paths";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from "@/lib/messages/clean-attachments";
import { getComposeOptions } from "@/lib/messages/compose-options";
import { MESSAGE_MAX } from "@/lib/messages/limits";
import { startThreadAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages");
  return { title: t("compose.title") };
}

/**
 * "Ny melding" in two steps, each a plain form: whom to write to (GET ?enhet=…), then topic, text
 * and attachments (POST). The reply promise and the emergency notice come before anything is typed.
 */
export default async function ComposePage({
  params,
  searchParams,
}: {
  params: Promise<{ subject: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const overview = await subjectAccess(subject);
  if (!overview?.actionable.includes("MESSAGES")) showNotFound();
  const sp = await searchParams;
  const enhet = param(sp, "enhet");
  const units = await orNotFound(getComposeOptions(getDb(), actor, { subject }));
  const unit = units.find((u) => u.id === enhet) ?? null;
  const unitMissing = !unit && enhet !== undefined;
  const t = await getTranslations("messages");
  const f = await getMessageFormat();
  const paths = messagePaths(subject);

  return (
    <>
      <h1>{t("compose.title")}</h1>
      <EmergencyNotice />
      {!unit ? (
        <>
          <ErrorSummary
            title={t("errors.summaryTitle")}
            items={unitMissing ? [{ href: "#enhet-0", text: t("errors.unitRequired") }] : []}
          />
          {units.length === 0 ? (
            <p>{t("compose.noUnits")}</p>
          ) : (
            <form method="get" action={paths.compose()} noValidate>
              <fieldset
                className="field max-w-none"
                aria-describedby={unitMissing ? "enhet-hint enhet-feil" : "enhet-hint"}
              >
                <legend className="field-label">{t("compose.unitLegend")}</legend>
                <p id="enhet-hint" className="field-hint m-0">
                  {t("compose.unitHint")}
                </p>
                {unitMissing ? (
                  <p id="enhet-feil" className="field-error m-0">
                    {t("errors.unitRequired")}
                  </p>
                ) : null}
                <ul role="list" className="plain-list">
                  {units.map((u, i) => (
                    <li key={u.id} className="choice">
                      <input
                        type="radio"
                        id={`enhet-${i}`}
                        name="enhet"
                        value={u.id}
                        aria-describedby={`enhet-${i}-svar`}
                      />
                      <div>
                        <label htmlFor={`enhet-${i}`}>
                          {u.name === u.organisationName
                            ? u.name
                            : `${u.name}, ${u.organisationName}`}
                        </label>
                        <p id={`enhet-${i}-svar`} className="field-hint m-0">
                          {t("compose.replyWithin", { days: u.replyWorkingDays })}
                        </p>
                      </div>
                    </li>
                  ))}
                </ul>
              </fieldset>
              <button type="submit" className="btn btn-primary">
                {t("compose.continue")}
              </button>
            </form>
          )}
        </>
      ) : (
        <>
          <p>
            {t("compose.writingTo", {
              unit:
                unit.name === unit.organisationName
                  ? unit.name
                  : `${unit.name}, ${unit.organisationName}`,
            })}{" "}
            <Link href={paths.compose()}>{t("compose.changeUnit")}</Link>
          </p>
          <div className="alert">
            <p className="m-0">
              {t("compose.replyBy", { days: unit.replyWorkingDays, date: f.day(unit.replyBy) })}
            </p>
          </div>
          <ClientMessages
            namespaces={["messages.compose", "messages.errors", "messages.attachments"]}
          >
            <ComposeForm
              action={startThreadAction}
              subject={subject}
              unitId={unit.id}
              topics={unit.topics}
              max={MESSAGE_MAX}
              maxAttachments={MAX_ATTACHMENTS}
              maxAttachmentMb={MAX_ATTACHMENT_BYTES / 1024 / 1024}
            />
          </ClientMessages>
        </>
      )}
    </>
  );
}
