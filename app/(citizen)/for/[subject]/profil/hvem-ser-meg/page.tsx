import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { orNotFound } from "@/app/_lib/or-not-found";
import { requireActor } from "@/lib/access/current-actor";
import { PARENTAL_ENDS_AT_AGE, PARENTAL_FULL_UNTIL_AGE } from "@/lib/access/rules";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import type { DataCategory } from "@/lib/generated/prisma/enums";
import { whoCanSeeMe, type GrantLine } from "@/lib/profile/who-can-see-me";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile.who");
  return { title: t("metaTitle") };
}

/**
 * Hvem kan se meg: everyone who can see the record today and why, each line with the way to change
 * it. PROFILE through the gate, logged; a constant number of statements.
 */
export default async function WhoCanSeeMePage({
  params,
}: {
  params: Promise<{ subject: string }>;
}) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const now = new Date();
  const who = await orNotFound(whoCanSeeMe(getDb(), actor, subject, now));
  const overview = await subjectAccess(subject);
  const t = await getTranslations("profile.who");
  const tProxy = await getTranslations("proxy");
  const f = await getAppointmentFormat(now);
  const base = `/for/${encodeURIComponent(subject)}`;
  const name = overview ? `${overview.subject.givenName} ${overview.subject.familyName}` : "";
  const categories = (list: readonly DataCategory[]) =>
    list.map((c) => tProxy(`categories.${c}`)).join(", ");

  const grantItem = (g: GrantLine, kind: "grantsGiven" | "grantsReceived") => (
    <li key={g.grantId} className="card">
      <p className="m-0 font-semibold">
        {t(`${kind}.line`, { name: g.name, level: t(`levelVerb.${g.level}`) })}
      </p>
      <p className="m-0">{t("covers", { categories: categories(g.categories) })}</p>
      <p className="m-0">
        {g.validUntil ? t("until", { date: f.date(g.validUntil) }) : t("untilEnded")}
      </p>
      {g.usable ? null : <p className="m-0 text-muted">{t("notUsable")}</p>}
      <p className="mb-0">
        <Link href={`/for/meg/fullmakter`}>{t(`${kind}.change`)}</Link>
      </p>
    </li>
  );

  return (
    <>
      <h1>{who.isSelf ? t("title") : t("titleOther", { name })}</h1>
      <p className="max-w-prose">{t("intro")}</p>

      {who.isSelf ? (
        <section aria-labelledby="hvem-fullmakter-gitt" className="mt-8">
          <h2 id="hvem-fullmakter-gitt">{t("grantsGiven.title")}</h2>
          {who.grantsGiven.length === 0 ? (
            <p>{t("grantsGiven.empty")}</p>
          ) : (
            <ul role="list" className="plain-list grid gap-3">
              {who.grantsGiven.map((g) => grantItem(g, "grantsGiven"))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="hvem-foreldre" className="mt-8">
        <h2 id="hvem-foreldre">{t("parents.title")}</h2>
        {who.parents.length === 0 ? (
          <p>{t("parents.empty")}</p>
        ) : (
          <ul role="list" className="plain-list grid gap-3">
            {who.parents.map((p) => (
              <li key={p.personId} className="card">
                <p className="m-0">
                  {p.reach === "full"
                    ? t("parents.full", {
                        name: p.name,
                        age: p.untilAge,
                        date: f.birthDate(p.until),
                      })
                    : t("parents.limited", {
                        name: p.name,
                        categories: categories(p.categories),
                        age: p.untilAge,
                        date: f.birthDate(p.until),
                      })}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p className="max-w-prose text-muted">
          {t("parents.rule", { full: PARENTAL_FULL_UNTIL_AGE, ends: PARENTAL_ENDS_AT_AGE })}
        </p>
        {who.parents.length > 0 ? <p className="max-w-prose">{t("parents.change")}</p> : null}
      </section>

      <section aria-labelledby="hvem-behandlere" className="mt-8">
        <h2 id="hvem-behandlere">{t("care.title")}</h2>
        {who.careRelations.length === 0 ? (
          <p>{t("care.empty")}</p>
        ) : (
          <ul role="list" className="plain-list grid gap-3">
            {who.careRelations.map((c, i) => (
              <li key={`${c.unitName}-${c.kind}-${i}`} className="card">
                <p className="m-0 font-semibold">
                  {t("care.line", { unit: c.unitName, organisation: c.organisationName })}
                </p>
                <p className="m-0">{t("care.reason", { kind: t(`care.kinds.${c.kind}`) })}</p>
                <p className="m-0">
                  {c.validUntil
                    ? t("care.until", { date: f.date(c.validUntil) })
                    : t("care.untilOpen")}
                </p>
                <p className="mb-0">
                  <Link href={`${base}/sperring`}>{t("care.change")}</Link>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="hvem-sperret" className="mt-8">
        <h2 id="hvem-sperret">{t("shielded.title")}</h2>
        {who.shielded.length === 0 ? (
          <p>{t("shielded.empty")}</p>
        ) : (
          <>
            <p className="max-w-prose">{t("shielded.intro")}</p>
            <ul role="list" className="plain-list grid gap-3">
              {who.shielded.map((s) => (
                <li key={s.clinicianId} className="card">
                  <p className="m-0 font-semibold">
                    {t("shielded.line", { name: s.name, profession: s.profession })}
                  </p>
                  <p className="m-0">{t("shielded.since", { date: f.date(s.since) })}</p>
                  <p className="mb-0">
                    <Link href={`${base}/sperring`}>{t("shielded.change")}</Link>
                  </p>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {who.isSelf ? (
        <section aria-labelledby="hvem-fullmakter-fatt" className="mt-8">
          <h2 id="hvem-fullmakter-fatt">{t("grantsReceived.title")}</h2>
          {who.grantsReceived.length === 0 ? (
            <p>{t("grantsReceived.empty")}</p>
          ) : (
            <ul role="list" className="plain-list grid gap-3">
              {who.grantsReceived.map((g) => grantItem(g, "grantsReceived"))}
            </ul>
          )}
        </section>
      ) : null}

      <p className="mt-8">
        <Link href={`${base}/profil`}>{t("backToProfile")}</Link>
      </p>
    </>
  );
}
