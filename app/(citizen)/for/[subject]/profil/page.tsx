import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { orNotFound } from "@/app/_lib/or-not-found";
import { errorRef, param, type SearchParams } from "@/app/_lib/params";
import { ContactForm } from "@/components/profile/contact-form";
import { ClientMessages } from "@/components/shell/client-messages";
import { requireActor } from "@/lib/access/current-actor";
import { subjectAccess } from "@/lib/access/subject-access";
import { getDb } from "@/lib/db/client";
import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS } from "@/lib/notifications/notification-kinds";
import { setLocaleAction } from "@/lib/preferences/actions";
import { LanguageButtons } from "@/components/shell/language-buttons";
import { getProfile } from "@/lib/profile/get-profile";
import { formatPhone } from "@/lib/profile/phone";
import { settingField } from "@/lib/profile/update-notification-settings";
import { updateContactAction, updateNotificationSettingsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("profile");
  return { title: t("metaTitle") };
}

/**
 * Profil: contact details, notifications per kind and channel, language, the results choice, and
 * the way to "Hvem kan se meg" and "Last ned mine data". PROFILE through the gate, logged.
 */
export default async function ProfilePage({
  params,
  searchParams,
}: {
  params: Promise<{ subject: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const { subject } = await params;
  const actor = await requireActor("CITIZEN");
  const profile = await orNotFound(getProfile(getDb(), actor, subject));
  const overview = await subjectAccess(subject);
  const t = await getTranslations("profile");
  const query = await searchParams;
  const saved = param(query, "lagret");
  const unexpectedRef = param(query, "feil") === "uventet" ? errorRef(param(query, "ref")) : null;
  const name = overview ? `${overview.subject.givenName} ${overview.subject.familyName}` : "";
  const base = `/for/${encodeURIComponent(subject)}`;

  return (
    <>
      {saved === "kontakt" || saved === "varsler" ? (
        <div role="status" className="alert alert-success">
          <p>{t(`saved.${saved}`)}</p>
        </div>
      ) : null}
      {unexpectedRef ? (
        <div role="alert" className="alert alert-error">
          <p>{t("errors.unexpectedWithId", { id: unexpectedRef })}</p>
        </div>
      ) : null}
      <h1>{profile.isSelf ? t("title") : t("titleOther", { name })}</h1>
      <p className="max-w-prose">{t("intro")}</p>

      <section aria-labelledby="profil-kontakt" className="mt-8">
        <h2 id="profil-kontakt">{t("contact.title")}</h2>
        <dl className="facts">
          <dt>{t("contact.phone")}</dt>
          <dd>{profile.phone ? formatPhone(profile.phone) : t("contact.none")}</dd>
          <dt>{t("contact.email")}</dt>
          <dd className="break-all">{profile.email ?? t("contact.none")}</dd>
        </dl>
        <ClientMessages namespaces={["profile.contact", "profile.errors"]}>
          <ContactForm
            action={updateContactAction}
            subject={subject}
            phone={profile.phone ? formatPhone(profile.phone) : ""}
            email={profile.email ?? ""}
          />
        </ClientMessages>
      </section>

      <section aria-labelledby="profil-varsler" className="mt-8">
        <h2 id="profil-varsler">{t("notifications.title")}</h2>
        <p className="max-w-prose">{t("notifications.intro")}</p>
        <p className="max-w-prose text-muted">{t("notifications.noAddress")}</p>
        <form action={updateNotificationSettingsAction}>
          <input type="hidden" name="subject" value={subject} />
          {NOTIFICATION_KINDS.map((kind) => (
            <fieldset key={kind} className="mb-4">
              <legend className="font-semibold">{t(`notifications.kinds.${kind}`)}</legend>
              <div className="flex flex-wrap gap-x-6 gap-y-2">
                {NOTIFICATION_CHANNELS.map((channel) => {
                  const id = settingField(kind, channel);
                  const enabled =
                    profile.settings.find((s) => s.kind === kind && s.channel === channel)
                      ?.enabled ?? true;
                  return (
                    <div key={channel} className="flex items-center gap-2">
                      <input type="checkbox" id={id} name={id} defaultChecked={enabled} />
                      <label htmlFor={id}>{t(`notifications.channels.${channel}`)}</label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
          ))}
          <button type="submit" className="btn btn-primary">
            {t("notifications.submit")}
          </button>
        </form>
      </section>

      {profile.isSelf ? (
        <section aria-labelledby="profil-sprak" className="mt-8">
          <h2 id="profil-sprak">{t("language.title")}</h2>
          <p className="max-w-prose">{t("language.intro")}</p>
          <form action={setLocaleAction}>
            <div className="flex flex-wrap gap-2" role="group" aria-labelledby="profil-sprak">
              <LanguageButtons />
            </div>
          </form>
        </section>
      ) : null}

      {profile.isSelf ? (
        <section aria-labelledby="profil-provesvar" className="mt-8">
          <h2 id="profil-provesvar">{t("results.title")}</h2>
          <p className="max-w-prose">{t(profile.showAtOnce ? "results.isOn" : "results.isOff")}</p>
          <p>
            <Link href={`${base}/provesvar#vis-med-en-gang`}>{t("results.link")}</Link>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="profil-hvem" className="mt-8">
        <h2 id="profil-hvem">{t("whoLink.title")}</h2>
        <p className="max-w-prose">{t("whoLink.body")}</p>
        <p>
          <Link href={`${base}/profil/hvem-ser-meg`}>{t("whoLink.link")}</Link>
        </p>
      </section>

      <section aria-labelledby="profil-last-ned" className="mt-8">
        <h2 id="profil-last-ned">{t("download.title")}</h2>
        {profile.isSelf ? (
          <>
            <p className="max-w-prose">{t("download.body")}</p>
            <p>
              {/* A plain link to a route handler: the browser saves the file (Content-Disposition). */}
              <a href={`${base}/profil/last-ned`} download>
                {t("download.link")}
              </a>
            </p>
          </>
        ) : (
          <p className="max-w-prose">{t("download.onlySelf")}</p>
        )}
      </section>
    </>
  );
}
