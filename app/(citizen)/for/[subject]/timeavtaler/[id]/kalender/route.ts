import { getTranslations } from "next-intl/server";
import { isUuid } from "@/app/_lib/params";
import { requireActor } from "@/lib/access/current-actor";
import { isNotFound } from "@/lib/access/errors";
import { appointmentCalendarFile } from "@/lib/appointments/appointment-calendar";
import { getDb } from "@/lib/db/client";

/** "Legg til i kalender": the appointment as an .ics file (Europe/Oslo times, no health details). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ subject: string; id: string }> },
) {
  const { subject, id } = await params;
  // Same answer for a bad id, someone else's appointment and a refusal: never reveal existence.
  const notFound = () =>
    new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  if (!isUuid(id)) return notFound();
  const actor = await requireActor("CITIZEN");
  const t = await getTranslations("appointments.calendar");
  const kinds = await getTranslations("appointments.unitKind");
  let ics: string;
  try {
    ics = await appointmentCalendarFile(getDb(), actor, subject, id, {
      summary: (what) => t("summary", { what }),
      unitKind: (kind) => kinds(kind),
      videoLocation: t("videoLocation"),
      phoneLocation: t("phoneLocation"),
    });
  } catch (error) {
    if (isNotFound(error)) return notFound();
    throw error;
  }
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${t("fileName")}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
