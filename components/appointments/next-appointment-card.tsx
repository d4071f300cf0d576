import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAppointmentFormat } from "@/lib/i18n/format";
import { appointmentPaths } from "@/app/_lib/paths";
import type { getNextAppointment } from "@/lib/appointments/next-appointment";

type NextAppointment = Awaited<ReturnType<typeof getNextAppointment>>;

/** The front page's "Neste time": when and where, the form if it is still unanswered, and the rest. */
export async function NextAppointmentCard({
  view,
  subject,
  name,
  isSelf,
  canAct,
  now,
}: {
  view: NextAppointment;
  subject: string;
  name: string;
  isSelf: boolean;
  canAct: boolean;
  now: Date;
}) {
  const t = await getTranslations("citizenHome");
  const kinds = await getTranslations("appointments.unitKind");
  const f = await getAppointmentFormat(now);
  const paths = appointmentPaths(subject);
  const a = view.next;
  return (
    <section aria-labelledby="neste-time" className="mb-6">
      <h2 id="neste-time">{t("nextTitle")}</h2>
      {a ? (
        <div className="card">
          <p className="m-0 font-semibold">{f.when(a.startsAt, a.endsAt)}</p>
          <p className="m-0">{`${a.visitType ?? kinds(a.unitKind)}, ${f.place(a, a.unitName)}`}</p>
          <p className="mb-0 flex flex-wrap gap-x-4 gap-y-1">
            <Link href={paths.appointment(a.id)}>{t("seeAppointment")}</Link>
            {canAct && (a.questionnaire === "NOT_STARTED" || a.questionnaire === "DRAFT") ? (
              <Link href={paths.questionnaire(a.id)}>{t("fillQuestionnaire")}</Link>
            ) : null}
          </p>
        </div>
      ) : (
        <p>{isSelf ? t("noUpcoming") : t("noUpcomingFor", { name })}</p>
      )}
      <p className="flex flex-wrap gap-x-4 gap-y-1">
        {view.moreCount > 0 ? (
          <span>
            {isSelf
              ? t("moreUpcoming", { count: view.moreCount })
              : t("moreUpcomingFor", { count: view.moreCount, name })}
          </span>
        ) : null}
        <Link href={paths.list()}>{t("allAppointments")}</Link>
        {canAct && !a ? <Link href={paths.book()}>{t("book")}</Link> : null}
      </p>
    </section>
  );
}
