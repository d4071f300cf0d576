import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { loadMessages } from "./load-messages";
import { LOCALE_COOKIE, resolveLocale } from "./locale";

// next-intl without i18n routing: the language comes from the `locale` cookie, not the URL.
export default getRequestConfig(async () => {
  const locale = resolveLocale((await cookies()).get(LOCALE_COOKIE)?.value);
  return {
    locale,
    messages: loadMessages(locale),
    // Dates and times are shown in Norwegian time whatever the server's zone.
    timeZone: "Europe/Oslo",
  };
});
