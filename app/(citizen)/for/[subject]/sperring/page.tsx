import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { orNotFound } from "@/app/_lib/or-not-found";
import { errorRef, param, type SearchParams } from "@/app/_lib/params";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { listShieldings } from "@/lib/shielding/shielding";
import { getDb } from "@/lib/db/client";
import { liftShieldingAction, shieldClinicianAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("shielding");
  return { title: t("metaTitle") };
}

type Clinician = {
  givenName: string;
  familyName: string;
  profession: string;
  memberships: { unit: { name: string } }[];
};
const clinicianLabel = (c: Clinician) =>
  `${c.givenName} ${c.familyName}, ${c.profession} (${c.memberships.map((m) => m.unit.name).join(", ")})`;

/** Sperring: whom the person has blocked from their record, lifting a block, and blocking someone. */
export default async function ShieldingPage({
  params,
  searchParams,
}: {
  params: Promise<{ subject: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const now = new Date();
  const view = await orNotFound(listShieldings(getDb(), actor, subject, now));
  const overview = await subjectAccess(subject);
  const t = await getTranslations("shielding");
  const f = await getAppointmentFormat(now);
  const query = await searchParams;
  const done = param(query, "utfort");
  const chooseError = param(query, "feil") === "velg";
  const unexpectedRef = param(query, "feil") === "uventet" ? errorRef(param(query, "ref")) : null;
  const name = overview ? `${overview.subject.givenName} ${overview.subject.familyName}` : "";

  return (
    <>
      {done === "sperret" || done === "opphevet" ? (
        <div role="status" className="alert alert-success">
          <p>{t(done === "sperret" ? "done.shielded" : "done.lifted")}</p>
        </div>
      ) : null}
      {chooseError ? (
        <section aria-labelledby="sperring-feil" className="alert alert-error">
          <h2 id="sperring-feil" className="mt-0">
            {t("errorSummaryTitle")}
          </h2>
          <p>
            <a href="#sperr-hvem">{t("errors.choose")}</a>
          </p>
        </section>
      ) : null}
      {unexpectedRef ? (
        <div role="alert" className="alert alert-error">
          <p>{t("errors.unexpected", { id: unexpectedRef })}</p>
        </div>
      ) : null}
      <h1>{overview?.isSelf === false ? t("titleOther", { name }) : t("title")}</h1>
      <p className="max-w-prose">{t("intro")}</p>
      <div className="alert alert-warning">
        <p>{t("warning")}</p>
      </div>

      <h2>{t("activeTitle")}</h2>
      {view.active.length === 0 ? (
        <p>{t("noActive")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {view.active.map((s) => (
            <li key={s.clinicianId} className="card">
              <p className="m-0 font-semibold">{clinicianLabel(s.clinician)}</p>
              <p className="text-muted">{t("since", { date: f.date(s.createdAt) })}</p>
              <form action={liftShieldingAction}>
                <input type="hidden" name="subject" value={subject} />
                <input type="hidden" name="clinicianId" value={s.clinicianId} />
                <button type="submit" className="btn">
                  {t("lift", { name: `${s.clinician.givenName} ${s.clinician.familyName}` })}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}

      <h2>{t("newTitle")}</h2>
      {view.candidates.length === 0 ? (
        <p>{t("noCandidates")}</p>
      ) : (
        <form action={shieldClinicianAction} className="max-w-[40rem]">
          <input type="hidden" name="subject" value={subject} />
          <div className="field">
            <label htmlFor="sperr-hvem" className="field-label">
              {t("chooseLabel")}
            </label>
            <p id="sperr-hvem-hint" className="field-hint m-0">
              {t("chooseHint")}
            </p>
            {chooseError ? (
              <p id="sperr-hvem-feil" className="field-error m-0">
                {t("errors.choose")}
              </p>
            ) : null}
            <select
              id="sperr-hvem"
              name="clinicianId"
              className="select"
              defaultValue=""
              aria-describedby={chooseError ? "sperr-hvem-hint sperr-hvem-feil" : "sperr-hvem-hint"}
              aria-invalid={chooseError ? true : undefined}
            >
              <option value="">{t("choosePlaceholder")}</option>
              {view.candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {clinicianLabel(c)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="btn btn-primary">
            {t("submit")}
          </button>
        </form>
      )}
    </>
  );
}
