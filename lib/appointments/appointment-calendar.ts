import { TZDate } from "@date-fns/tz";
import ical from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { OSLO } from "@/lib/time/oslo";
import { findOwnAppointment } from "./find-own-appointment";

/**
 * "Add to calendar": an .ics with TZID=Europe/Oslo and its VTIMEZONE, so calendars show the local
 * time across DST. It names the unit and place, never the reason for the visit.
 */
export async function appointmentCalendarFile(
  db: Db,
  actor: Actor,
  subject: string,
  appointmentId: string,
  texts: { summary: string | ((unitName: string) => string); videoLocation: string; phoneLocation: string },
): Promise<string> {
  return withAccess(db, actor, { subject, category: "APPOINTMENTS", action: "READ" }, async (tx, access) => {
    const a = await findOwnAppointment(tx, access, appointmentId);
    access.item("appointment", a.id);
    const calendar = ical({ prodId: { company: "HelsaMi", product: "portal", language: "NB" }, name: "HelsaMi" });
    calendar.timezone({ name: OSLO, generator: getVtimezoneComponent });
    calendar.createEvent({
      id: `${a.id}@helsami`,
      // TZDate makes ical-generator write Oslo wall-clock times next to TZID (a plain Date would be
      // written as UTC digits under an Oslo label).
      start: new TZDate(a.slot.startsAt.getTime(), OSLO),
      end: new TZDate(a.slot.endsAt.getTime(), OSLO),
      timezone: OSLO,
      summary: typeof texts.summary === "function" ? texts.summary(a.slot.unit.name) : texts.summary,
      location:
        a.slot.mode === "VIDEO" ? texts.videoLocation : a.slot.mode === "PHONE" ? texts.phoneLocation : (a.slot.location ?? a.slot.unit.name),
      description: `${a.slot.unit.name}, ${a.slot.unit.organisation.name}`,
    });
    return calendar.toString();
  });
}
