import { getTranslations } from "next-intl/server";
import { signOutAction, signOutEverywhereAction } from "@/lib/auth/session-actions";

/** "Logg ut" as a plain form: works without JavaScript. */
export async function SignOutForm({ className = "btn btn-small" }: { className?: string }) {
  const t = await getTranslations("shell.header");
  return (
    <form action={signOutAction}>
      <button type="submit" className={className}>
        {t("signOut")}
      </button>
    </form>
  );
}

/** "Logg ut på alle enheter": ends every session of the signed-in person. */
export async function SignOutEverywhereForm({ className = "btn" }: { className?: string }) {
  const t = await getTranslations("shell.header");
  return (
    <form action={signOutEverywhereAction}>
      <button type="submit" className={className}>
        {t("signOutEverywhere")}
      </button>
    </form>
  );
}
