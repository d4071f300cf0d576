import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ComingSoon } from "@/components/shell/coming-soon";
import { CITIZEN_NAV_ITEMS, navItemForSection, sectionVisible } from "@/components/shell/nav-items";
import { subjectAccess } from "@/lib/access/subject-access";
import { showNotFound } from "@/app/_lib/or-not-found";

// One placeholder route for every section that has no page yet. A real page at
// app/(citizen)/for/[subject]/<section>/page.tsx takes precedence over this dynamic segment.

type Params = Promise<{ subject: string; section: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { section } = await params;
  const item = navItemForSection(CITIZEN_NAV_ITEMS, section);
  if (!item) return {};
  const t = await getTranslations("shell.nav");
  return { title: t(`items.${item.labelKey}`) };
}

export default async function SectionPlaceholderPage({ params }: { params: Params }) {
  const { subject, section } = await params;
  const overview = await subjectAccess(subject);
  const item = navItemForSection(CITIZEN_NAV_ITEMS, section);
  if (!overview || !item || item.status === "ready" || !sectionVisible(item, overview))
    showNotFound();
  const t = await getTranslations("shell.nav");
  return <ComingSoon title={t(`items.${item.labelKey}`)} homeHref={`/for/${subject}`} />;
}
