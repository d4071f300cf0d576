import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CITIZEN_NAV_ITEMS, navItemsForSubject } from "@/components/shell/nav-items";
import { SignOutEverywhereForm } from "@/components/shell/sign-out-form";
import { FormalRequestsLink } from "@/components/formal-requests/formal-requests-link";
import { NextAppointmentCard } from "@/components/appointments/next-appointment-card";
import { orNotFound, showNotFound } from "@/app/_lib/or-not-found";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getNextAppointment } from "@/lib/appointments/next-appointment";
import { getDb } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("citizenHome");
  return { title: t("metaTitle") };
}

export default async function CitizenHomePage({
  params,
}: {
  params: Promise<{ subject: string }>;
}) {
  const { subject } = await params;
  const overview = await subjectAccess(subject);
  if (!overview) showNotFound();
  const t = await getTranslations("citizenHome");
  const nav = await getTranslations("shell.nav");
  const sections = navItemsForSubject(CITIZEN_NAV_ITEMS, overview).filter(
    (item) => item.href !== "",
  );
  const name = `${overview.subject.givenName} ${overview.subject.familyName}`;
  const now = new Date();
  const next = overview.readable.includes("APPOINTMENTS")
    ? await orNotFound(getNextAppointment(getDb(), await requireActor("CITIZEN"), subject, now))
    : null;

  return (
    <>
      <h1>{overview.isSelf ? t("greeting", { name }) : t("actingForTitle", { name })}</h1>
      <p>{overview.isSelf ? t("intro") : t("actingForIntro", { name })}</p>

      {next ? (
        <NextAppointmentCard
          view={next}
          subject={subject}
          name={name}
          isSelf={overview.isSelf}
          canAct={overview.actionable.includes("APPOINTMENTS")}
          now={now}
        />
      ) : null}

      <h2>{t("sectionsTitle")}</h2>
      <ul role="list" className="plain-list grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((item) => (
          <li key={item.href} className="card">
            {item.status === "ready" ? (
              <Link href={`/for/${subject}${item.href}`} className="font-semibold">
                {nav(`items.${item.labelKey}`)}
              </Link>
            ) : (
              <span className="text-muted">
                {nav(`items.${item.labelKey}`)} {nav("coming")}
              </span>
            )}
          </li>
        ))}
      </ul>
      {sections.some((item) => item.status === "coming") ? (
        <p className="mt-3 text-muted">{t("comingNote")}</p>
      ) : null}

      {overview.readable.includes("FORMAL_REQUESTS") ? (
        <FormalRequestsLink subject={subject} />
      ) : null}

      {overview.isSelf ? (
        <>
          <h2>{t("securityTitle")}</h2>
          <p>{t("securityText")}</p>
          <SignOutEverywhereForm />
        </>
      ) : null}
    </>
  );
}
