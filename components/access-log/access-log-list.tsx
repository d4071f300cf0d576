import { getFormatter, getTranslations } from "next-intl/server";
import type { AccessLogRow } from "@/lib/access-log/read-access-log";
import { osloDateKey } from "@/lib/time/oslo";
import { describeEntry, type AccessLogT, type EntryContext } from "./describe-entry";

type Props = EntryContext & { rows: readonly AccessLogRow[] };

/**
 * Entries grouped by Oslo day (a heading a day), each a sentence with its time. Emergency access is
 * marked with a text label and a border, never by colour alone.
 */
export async function AccessLogList({ rows, isSelf, subjectName }: Props) {
  const t = await getTranslations("access-log");
  const format = await getFormatter();
  const days: { key: string; date: Date; rows: AccessLogRow[] }[] = [];
  for (const row of rows) {
    const key = osloDateKey(row.occurredAt);
    const last = days[days.length - 1];
    if (last && last.key === key) last.rows.push(row);
    else days.push({ key, date: row.occurredAt, rows: [row] });
  }

  return (
    <div>
      {days.map((day) => (
        <section key={day.key} aria-labelledby={`logg-dag-${day.key}`}>
          <h3 id={`logg-dag-${day.key}`}>
            {format.dateTime(day.date, {
              weekday: "long",
              day: "numeric",
              month: "long",
              year: "numeric",
            })}
          </h3>
          <ol className="plain-list grid gap-2">
            {day.rows.map((row) => (
              <li key={row.id} className={row.emergency ? "card border-s-8 border-danger" : "card"}>
                <p className="m-0 flex flex-wrap items-baseline gap-x-3">
                  <time
                    dateTime={row.occurredAt.toISOString()}
                    className="font-semibold tabular-nums"
                  >
                    {format.dateTime(row.occurredAt, { hour: "2-digit", minute: "2-digit" })}
                  </time>
                  {row.emergency ? (
                    <strong className="rounded border-2 border-danger px-2 text-base text-danger">
                      {t("row.emergency")}
                    </strong>
                  ) : null}
                </p>
                <p className="m-0">
                  {describeEntry(t as unknown as AccessLogT, row, { isSelf, subjectName })}
                </p>
                {row.emergency ? (
                  <p className="m-0 text-base text-muted">{t("row.emergencyNote")}</p>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
