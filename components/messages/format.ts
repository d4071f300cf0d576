import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { dateFormatter } from "@/lib/i18n/formatters";
import { isLocale, languageTag } from "@/lib/i18n/locale";
import type { MessageAuthor } from "@/lib/messages/author";
import { startOfOsloDay } from "@/lib/time/oslo";

/** Date, author and waiting-time texts for the message pages (Europe/Oslo, the user's language). */
export async function getMessageFormat() {
  const locale = await getLocale();
  const tag = languageTag(isLocale(locale) ? locale : "nb");
  const t = await getTranslations("messages");
  const dateTime = dateFormatter(tag, "dateClock");
  const longDay = dateFormatter(tag, "weekdayDate");
  const birthDate = dateFormatter(tag, "birthDate");
  return {
    dateTime: (d: Date) => dateTime.format(d),
    /** An Oslo day key as "torsdag 3. desember 2026". */
    day: (key: string) => longDay.format(startOfOsloDay(key)),
    birthDate: (d: Date) => birthDate.format(d),
    author: (a: MessageAuthor) =>
      a.kind === "citizen"
        ? a.onBehalfOf
          ? t("author.onBehalfOf", { name: a.name, subject: a.onBehalfOf })
          : a.name
        : a.kind === "unit"
          ? a.unitName
          : t("author.clinician", { name: a.name, profession: a.profession }),
    waited: (ms: number) => {
      const hours = Math.floor(ms / 3_600_000);
      if (hours < 1) return t("waited.lessThanHour");
      if (hours < 48) return t("waited.hours", { count: hours });
      return t("waited.days", { count: Math.floor(hours / 24) });
    },
    size: (bytes: number) =>
      bytes < 1024 * 1024
        ? t("size.kb", { n: Math.max(1, Math.round(bytes / 1024)) })
        : t("size.mb", { n: (bytes / 1024 / 1024).toFixed(1) }),
  };
}
