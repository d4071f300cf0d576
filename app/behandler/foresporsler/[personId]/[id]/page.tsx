import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { errorRef, isUuid, param, type SearchParams } from "@/app/_lib/params";
import { clinicianPaths, formalRequestWorkPaths } from "@/app/_lib/paths";
import { AnswerForm } from "@/components/formal-requests/answer-form";
import { getFormalRequestFormat } from "@/components/formal-requests/format";
import { FormalRequestHistory } from "@/components/formal-requests/history";
import { SubmitButton } from "@/components/form/submit-button";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { getFormalRequestForClinician } from "@/lib/formal-requests/get-request-for-clinician";
import { FORMAL_REQUEST_TEXT_MAX } from "@/lib/formal-requests/limits";
import { answerFormalRequestAction, startFormalRequestAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("formalRequests.meta");
  return { title: t("workItem") };
}

/** One formal request for a clinician of its unit: what was asked, "under behandling", the answer. */
export default async function FormalRequestWorkItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ personId: string; id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { personId, id } = await params;
  if (!isUuid(id) || !isUuid(personId)) showNotFound();
  const actor = await requireActor("CLINICIAN");
  const now = new Date();
  const r = await orNotFound(getFormalRequestForClinician(getDb(), actor, id, now, personId));
  const query = await searchParams;
  const done = param(query, "utfort");
  const failure = param(query, "feil");
  const t = await getTranslations("formalRequests");
  const f = await getFormalRequestFormat();
  const name = `${r.person.givenName} ${r.person.familyName}`;
  const open = r.status === "RECEIVED" || r.status === "IN_PROGRESS";

  return (
    <>
      {done === "startet" || done === "besvart" ? (
        <div role="status" className="alert alert-success">
          <p className="m-0">
            {t(done === "startet" ? "clinician.started" : "clinician.answered")}
          </p>
        </div>
      ) : null}
      {failure === "endret" ? (
        <div role="alert" className="alert alert-error">
          <p className="m-0">{t("errors.statusChanged")}</p>
        </div>
      ) : failure === "uventet" ? (
        <div role="alert" className="alert alert-error">
          <p className="m-0">{t("errors.unexpected", { id: errorRef(param(query, "ref")) })}</p>
        </div>
      ) : null}
      <h1>{t("clinician.heading", { name, kind: t(`kind.${r.kind}`) })}</h1>
      <p>
        <Link href={clinicianPaths.patient(r.person.id)}>{name}</Link>
        {`, ${t("clinician.born", { date: f.birthDate(r.person.birthDate) })}`}
        {r.filedByOther ? (
          <span className="block text-muted">
            {t("clinician.filedBy", { name: r.filedByOther })}
          </span>
        ) : null}
      </p>
      <dl className="facts">
        <dt>{t("clinician.status")}</dt>
        <dd>{t(`status.${r.status}`)}</dd>
        <dt>{t("clinician.deadline")}</dt>
        <dd>
          {f.day(r.answerDue)}
          {r.overdue ? <strong className="block">{t("clinician.overdue")}</strong> : null}
        </dd>
        <dt>{t("clinician.received")}</dt>
        <dd>{f.moment(r.receivedAt)}</dd>
        <dt>{t("clinician.unit")}</dt>
        <dd>{r.unit.name}</dd>
        <dt>{t("detail.kind")}</dt>
        <dd>{t(`kindLong.${r.kind}`)}</dd>
        <dt>{t("detail.concerns")}</dt>
        <dd className="break-words whitespace-pre-line">{r.concerns}</dd>
        {r.correction ? (
          <>
            <dt>{t("detail.correction")}</dt>
            <dd className="break-words whitespace-pre-line">{r.correction}</dd>
          </>
        ) : null}
        <dt>{t("detail.reason")}</dt>
        <dd className="break-words whitespace-pre-line">{r.reason ?? t("detail.noReason")}</dd>
      </dl>

      {r.status === "RECEIVED" ? (
        <form action={startFormalRequestAction} className="mt-4">
          <input type="hidden" name="requestId" value={r.id} />
          <input type="hidden" name="personId" value={r.person.id} />
          <SubmitButton primary={false}>{t("clinician.start")}</SubmitButton>
        </form>
      ) : null}

      {open ? (
        <ClientMessages namespaces={["formalRequests.clinician", "formalRequests.errors"]}>
          <div className="mt-6">
            <AnswerForm
              action={answerFormalRequestAction}
              requestId={r.id}
              personId={r.person.id}
              kind={r.kind}
              max={FORMAL_REQUEST_TEXT_MAX}
            />
          </div>
        </ClientMessages>
      ) : (
        <>
          <h2>{t("clinician.answerShown")}</h2>
          <p className="text-muted">
            {`${t(`status.${r.status}`)}. ${t("clinician.answeredBy", { name: r.answeredBy ? `${r.answeredBy.givenName} ${r.answeredBy.familyName}` : "–", date: f.moment(r.answeredAt ?? now) })}`}
          </p>
          <p className="max-w-prose whitespace-pre-line">{r.answer}</p>
        </>
      )}

      <FormalRequestHistory events={r.events} format={f} />
      <p className="mt-6">
        <Link href={formalRequestWorkPaths.workList()}>{t("clinician.back")}</Link>
      </p>
    </>
  );
}
