import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ActingForList } from "@/components/proxy/acting-for-list";
import { AppShell } from "@/components/shell/app-shell";
import { listActingForOptions } from "@/lib/access/acting-for";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("proxy.chooser");
  return { title: t("metaTitle") };
}

/** "Hvem vil du bruke HelsaMi for?": plain links to /for/meg and /for/<person>, no JavaScript. */
export default async function ChoosePersonPage() {
  const actor = await requireActor("CITIZEN");
  const options = await listActingForOptions(getDb(), actor);
  const t = await getTranslations("proxy.chooser");
  const hasChildren = options.some((o) => o.basis === "PARENTAL");
  return (
    <AppShell>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <ActingForList options={options} currentPersonId={null} />
      {options.length < 2 ? <p className="mt-4">{t("noneOther")}</p> : null}
      {hasChildren ? <p className="mt-4">{t("childrenNote")}</p> : null}
    </AppShell>
  );
}
