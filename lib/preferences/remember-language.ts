import type { SignedInSession } from "@/lib/auth/session-types";
import type { DbOrTx } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/locale";

/**
 * A signed-in citizen's language choice is also the language of their own SMS and e-mail. Only the
 * signed-in person's own: never someone they act for, and clinicians have no such setting.
 */
export async function rememberLanguage(
  db: DbOrTx,
  session: SignedInSession | null,
  locale: Locale,
): Promise<boolean> {
  if (session?.kind !== "CITIZEN" || !session.personId) return false;
  await db.person.update({ where: { id: session.personId }, data: { preferredLocale: locale } });
  return true;
}
