import { TZDate } from "@date-fns/tz";
import ical from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { OSLO } from "@/lib/time/oslo";
import { findOwnAppointment } from "./find-own-appointment";

/**
 * Units whose name says what the visit is about. A calendar leaves the portal (a shared work
 * calendar, a phone's lock screen), so such a name is never written into the file: it names the
 * organisation instead.
 */
export const UNIT_KINDS_NOT_NAMED_IN_CALENDARS: readonly UnitKind[] = [
  "MENTAL_HEALTH",
  "SUBSTANCE_ABUSE",
];

export type CalendarTexts = {
  /** The event title from what the visit is ("Time: Konsultasjon"). */
  summary: (what: string) => string;
  /** The kind of service, for a title when the visit type may not be shown to this person. */
  unitKind: (kind: UnitKind) => string;
  videoLocation: string;
  phoneLocation: string;
};

/**
 * "Add to calendar": an .ics with TZID=Europe/Oslo and its VTIMEZONE, so calendars show the local
 * time across DST. The title names the visit type, never the reason or a revealing unit name; it
 * obeys the same item rule as every page (a parent of a 12–15-year-old gets the kind of service).
 */
export async function appointmentCalendarFile(
  db: Db,
  actor: Actor,
  subject: string,
  appointmentId: string,
  texts: CalendarTexts,
): Promise<string> {
  return withAccess(
    db,
    actor,
    { subject, category: "APPOINTMENTS", action: "READ" },
    async (tx, access) => {
      const a = await findOwnAppointment(tx, access, appointmentId);
      access.item("appointment", a.id);
      const unit = a.slot.unit;
      const place = UNIT_KINDS_NOT_NAMED_IN_CALENDARS.includes(unit.kind)
        ? unit.organisation.name
        : `${unit.name}, ${unit.organisation.name}`;
      const calendar = ical({
        prodId: { company: "HelsaMi", product: "portal", language: "NB" },
        name: "HelsaMi",
      });
      calendar.timezone({ name: OSLO, generator: getVtimezoneComponent });
      calendar.createEvent({
        id: `${a.id}@helsami`,
        // TZDate makes ical-generator write Oslo wall-clock times next to TZID (a plain Date would be
        // written as UTC digits under an Oslo label).
        start: new TZDate(a.slot.startsAt.getTime(), OSLO),
        end: new TZDate(a.slot.endsAt.getTime(), OSLO),
        timezone: OSLO,
        summary: texts.summary(
          a.redacted.has("visitType") ? texts.unitKind(unit.kind) : a.slot.visitType,
        ),
        location:
          a.slot.mode === "VIDEO"
            ? texts.videoLocation
            : a.slot.mode === "PHONE"
              ? texts.phoneLocation
              : (a.slot.location ?? place),
        description: place,
      });
      return calendar.toString();
    },
  );
}
