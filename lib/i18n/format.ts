import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { dateFormatter } from "@/lib/i18n/formatters";
import { isLocale, languageTag } from "./locale";
import { addOsloDays, osloDateKey, startOfOsloDay } from "@/lib/time/oslo";

type Mode = "IN_PERSON" | "VIDEO" | "PHONE" | string;

function capitalise(text: string, tag: string): string {
  return text.charAt(0).toLocaleUpperCase(tag) + text.slice(1);
}

/**
 * Date and place texts for appointment pages. Always Europe/Oslo wall-clock time, in the user's
 * language, whatever the server's own zone is.
 */
export async function getAppointmentFormat(now: Date = new Date()) {
  const locale = await getLocale();
  const tag = languageTag(isLocale(locale) ? locale : "nb");
  const t = await getTranslations("appointments");
  const longDate = dateFormatter(tag, "weekdayDate");
  const dayDate = dateFormatter(tag, "weekdayDayMonth");
  const clock = dateFormatter(tag, "clock");
  // Birth dates are calendar dates stored as UTC midnight: read them in UTC.
  const birthDate = dateFormatter(tag, "birthDate");
  const today = osloDateKey(now);
  const tomorrow = addOsloDays(today, 1);

  const date = (d: Date) => longDate.format(d);
  const time = (d: Date) => clock.format(d);
  return {
    tag,
    date,
    time,
    timeRange: (start: Date, end: Date) =>
      t("common.timeRange", { start: time(start), end: time(end) }),
    /** "torsdag 4. desember 2025 kl. 09:20–09:40" */
    when: (start: Date, end: Date) =>
      t("common.whenFull", { date: date(start), start: time(start), end: time(end) }),
    /** "torsdag 4. desember 2025 kl. 09:20" */
    dateTime: (d: Date) => t("common.dateTime", { date: date(d), time: time(d) }),
    birthDate: (d: Date) => birthDate.format(d),
    /** A day key (yyyy-mm-dd, Oslo) as a standalone label: "I dag, torsdag 27. november". */
    day: (dayKey: string) => {
      const name = dayDate.format(startOfOsloDay(dayKey));
      if (dayKey === today) return t("common.dayWithName", { name: t("common.today"), date: name });
      if (dayKey === tomorrow)
        return t("common.dayWithName", { name: t("common.tomorrow"), date: name });
      return capitalise(name, tag);
    },
    mode: (mode: Mode) => t(`mode.${mode === "VIDEO" || mode === "PHONE" ? mode : "IN_PERSON"}`),
    /** Where to go: the place for an in-person visit, otherwise how the visit happens. */
    place: (slot: { mode: Mode; location: string | null }, unitName: string) =>
      slot.mode === "VIDEO" || slot.mode === "PHONE"
        ? t(`place.${slot.mode}`)
        : (slot.location ?? unitName),
  };
}

export type AppointmentFormat = Awaited<ReturnType<typeof getAppointmentFormat>>;
