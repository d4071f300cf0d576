import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";
import { homePathFor } from "@/lib/auth/return-path";
import { getSignedInSession } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("landing");
  return { title: t("metaTitle") };
}

export default async function LandingPage() {
  const session = await getSignedInSession();
  if (session) redirect(homePathFor(session.kind));
  const t = await getTranslations("landing");
  const items = ["appointments", "messages", "results", "record", "proxy"] as const;

  return (
    <AppShell>
      <h1>{t("title")}</h1>
      <p className="text-xl">{t("intro")}</p>
      <h2>{t("canDoTitle")}</h2>
      <ul>
        {items.map((key) => (
          <li key={key}>{t(`canDo.${key}`)}</li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href="/logg-inn" className="btn btn-primary">
          {t("signIn")}
        </Link>
      </p>
      <p className="text-muted">{t("signInHint")}</p>
      <h2>{t("cliniciansTitle")}</h2>
      <p>{t("cliniciansText")}</p>
      <p className="text-muted">{t("accessibilityText")}</p>
    </AppShell>
  );
}
