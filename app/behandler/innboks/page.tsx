import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { inboxPaths } from "@/app/_lib/paths";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { getInboxOverview } from "@/lib/messages/inbox-overview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("messages.inbox");
  return { title: t("title") };
}

/** The inboxes a clinician belongs to, with how many threads wait, are unopened or came as backup. */
export default async function InboxOverviewPage() {
  const actor = await requireActor("CLINICIAN");
  const inboxes = await getInboxOverview(getDb(), actor);
  const t = await getTranslations("messages.inbox");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      {inboxes.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul role="list" className="plain-list grid gap-3">
          {inboxes.map((inbox) => (
            <li key={inbox.id} className="card">
              <p className="m-0">
                <Link href={inboxPaths.inbox(inbox.id)} className="font-semibold">
                  {inbox.name}
                </Link>
              </p>
              <p className="m-0 text-muted">
                {inbox.kind === "SHARED" ? t("shared") : t("personal")}
              </p>
              <p className="m-0">
                {t("waiting", { count: inbox.waiting })}
                {inbox.waiting > 0 ? `, ${t("unopened", { count: inbox.unopened })}` : ""}
                {inbox.fromBackup > 0 ? `. ${t("fromBackup", { count: inbox.fromBackup })}` : ""}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
