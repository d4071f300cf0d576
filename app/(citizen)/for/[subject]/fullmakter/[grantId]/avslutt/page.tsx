import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { canEnd } from "@/components/proxy/grant-list";
import { SELF_SUBJECT } from "@/lib/access/actor";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { listProxyGrants } from "@/lib/proxy-grants/list-grants";
import { endProxyAction } from "../../actions";
import { showNotFound } from "@/app/_lib/or-not-found";

type Props = { params: Promise<{ subject: string; grantId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("proxy.end");
  return { title: t("metaTitle") };
}

/** The confirmation step before ending a grant: a page and a POST form, so it needs no JavaScript. */
export default async function EndProxyPage({ params }: Props) {
  const { subject, grantId } = await params;
  if (subject !== SELF_SUBJECT) showNotFound();
  const actor = await requireActor("CITIZEN");
  const { given, received } = await listProxyGrants(getDb(), actor);
  const asGrantor = given.find((g) => g.id === grantId);
  const grant = asGrantor ?? received.find((g) => g.id === grantId);
  // Someone else's grant, an unknown id or one already over: nothing to confirm here.
  if (!grant || !canEnd(grant)) showNotFound();

  const t = await getTranslations("proxy.end");
  const name = grant.counterpartName;
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{asGrantor ? t("givenText", { name }) : t("receivedText", { name })}</p>
      <p>{asGrantor ? t("givenAgain") : t("receivedAgain", { name })}</p>
      <form action={endProxyAction} className="mt-6 flex flex-wrap items-center gap-4">
        <input type="hidden" name="grantId" value={grant.id} />
        <button type="submit" className="btn btn-primary">
          {t("confirm")}
        </button>
        <Link href="/for/meg/fullmakter" className="btn">
          {t("cancel")}
        </Link>
      </form>
    </>
  );
}
