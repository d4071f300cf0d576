import Link from "next/link";
import { useTranslations } from "next-intl";

/** Previous/next day links and a date field (a GET form), for the clinician's day pages. */
export function ClinicianDayNav({
  day,
  prevHref,
  nextHref,
  todayHref,
  action,
}: {
  day: string;
  prevHref: string;
  nextHref: string;
  todayHref: string;
  action: string;
}) {
  const t = useTranslations("appointments.clinician");
  return (
    <div className="my-4 flex flex-wrap items-end gap-x-6 gap-y-3">
      <nav aria-label={t("dayNav")}>
        <ul role="list" className="plain-list flex flex-wrap gap-3">
          <li>
            <Link href={prevHref} className="btn btn-small">
              {t("prevDay")}
            </Link>
          </li>
          <li>
            <Link href={todayHref} className="btn btn-small">
              {t("today")}
            </Link>
          </li>
          <li>
            <Link href={nextHref} className="btn btn-small">
              {t("nextDay")}
            </Link>
          </li>
        </ul>
      </nav>
      <form
        method="get"
        action={action}
        className="flex flex-wrap items-end gap-2"
        aria-label={t("pickDay")}
      >
        <div className="field mb-0">
          <label htmlFor="dag" className="field-label">
            {t("dayLabel")}
          </label>
          <input id="dag" name="dag" type="date" className="input" defaultValue={day} required />
        </div>
        <button type="submit" className="btn btn-small">
          {t("show")}
        </button>
      </form>
    </div>
  );
}
