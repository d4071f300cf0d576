import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AppShell } from "@/components/shell/app-shell";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessibility");
  return { title: t("metaTitle") };
}

const SUPPORT = [
  "textSize",
  "contrast",
  "keyboard",
  "screenReader",
  "noScript",
  "timeout",
  "menu",
] as const;
const LIMITS = ["unfinished", "timeoutNoScript", "languages", "assistive"] as const;

export default async function AccessibilityStatementPage() {
  const t = await getTranslations("accessibility");
  return (
    <AppShell>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>

      <h2>{t("statusTitle")}</h2>
      <p>{t("status")}</p>

      <h2>{t("supportTitle")}</h2>
      <ul>
        {SUPPORT.map((key) => (
          <li key={key}>{t(`support.${key}`)}</li>
        ))}
      </ul>

      <h2>{t("limitsTitle")}</h2>
      <ul>
        {LIMITS.map((key) => (
          <li key={key}>{t(`limits.${key}`)}</li>
        ))}
      </ul>

      <h2>{t("feedbackTitle")}</h2>
      <p>{t("feedback")}</p>
      <p>
        {t.rich("complaint", {
          link: (chunks) => (
            <a href="https://www.uutilsynet.no/" lang="nb">
              {chunks}
            </a>
          ),
        })}
      </p>
      <p className="text-muted">{t("updated")}</p>
    </AppShell>
  );
}
