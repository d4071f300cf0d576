import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { SessionKind } from "@/lib/auth/session-types";
import { ActingForBanner } from "./acting-for-banner";
import { IdleWarning } from "./idle-warning";
import { SignOutForm } from "./sign-out-form";

export type HeaderActor = {
  name: string;
  kind: SessionKind;
  /** Seconds until the idle timeout, for the warning dialog. */
  secondsLeft: number;
};

export type HeaderProps = {
  /** Who is signed in; null on public pages for visitors. */
  actor: HeaderActor | null;
  /** The person the user acts for, when it is not themselves (proxy or parent); else null. */
  subject: { name: string } | null;
  /** Where the product name links to (the user's start page). */
  homeHref?: string;
  /** The main navigation, when the area has one. */
  nav?: ReactNode;
  /** The "act on behalf of" control (citizens who may act for others). */
  switcher?: ReactNode;
};

/** The banner landmark: product name, who is signed in, sign-out, "acting for" strip, menu. */
export async function SiteHeader({ actor, subject, homeHref = "/", nav, switcher }: HeaderProps) {
  const t = await getTranslations("shell.header");
  const common = await getTranslations("common");
  return (
    <header className="border-b border-line-subtle bg-page">
      <div className="container-page flex flex-wrap items-center justify-between gap-x-6 gap-y-2 py-3">
        <Link
          href={homeHref}
          className="text-2xl font-bold no-underline hover:underline"
          aria-label={t("homeLink")}
        >
          {common("productName")}
        </Link>
        {actor ? (
          <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <p className="m-0 text-base">
              {t("signedInAs", { name: actor.name })}
              {actor.kind !== "CITIZEN" ? (
                <span className="text-muted"> ({t(`role.${actor.kind}`)})</span>
              ) : null}
            </p>
            {switcher}
            <SignOutForm />
          </div>
        ) : (
          <Link href="/logg-inn" className="btn btn-small">
            {t("signIn")}
          </Link>
        )}
      </div>
      {subject ? <ActingForBanner subjectName={subject.name} /> : null}
      {nav}
      {actor ? <IdleWarning secondsLeft={actor.secondsLeft} /> : null}
    </header>
  );
}
