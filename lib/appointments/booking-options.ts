import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { addOsloDays, osloDateKey, startOfOsloDay } from "@/lib/time/oslo";
import { bookableUnitWhere, freeSlotWhere } from "./bookable";

export const BOOKING_WINDOW_DAYS = 28;

export type FreeSlot = {
  id: string;
  startsAt: Date;
  endsAt: Date;
  mode: string;
  location: string | null;
  visitType: string;
  clinicianName: string | null;
};

/**
 * What the booking page shows: the units this person can book, and for the chosen unit the days
 * with free times and the free times on the chosen day (Europe/Oslo days). Constant queries.
 */
export async function getBookingOptions(
  db: Db,
  actor: Actor,
  input: {
    subject: string;
    unitId?: string | undefined;
    day?: string | undefined;
    excludeSlotId?: string | undefined;
    slotId?: string | undefined;
  },
  now = new Date(),
) {
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "APPOINTMENTS", action: "READ" },
    async (tx, access) => {
      const units = await tx.unit.findMany({
        where: bookableUnitWhere(access.subject.id, now),
        select: {
          id: true,
          name: true,
          kind: true,
          selfBooking: true,
          cancellationDeadlineHours: true,
          organisation: { select: { name: true, kind: true } },
        },
        orderBy: [{ organisation: { name: "asc" } }, { name: "asc" }],
      });
      const unit = units.find((u) => u.id === input.unitId) ?? null;
      if (!unit)
        return { units, unit: null, days: [], day: null, slots: [] as FreeSlot[], chosen: null };

      const firstDay = osloDateKey(now);
      const windowEnd = startOfOsloDay(addOsloDays(firstDay, BOOKING_WINDOW_DAYS));
      const upcoming = await tx.slot.findMany({
        where: {
          unitId: unit.id,
          ...freeSlotWhere(now),
          startsAt: { gt: now, lt: windowEnd },
          ...(input.excludeSlotId ? { id: { not: input.excludeSlotId } } : {}),
        },
        orderBy: { startsAt: "asc" },
        select: {
          id: true,
          startsAt: true,
          endsAt: true,
          mode: true,
          location: true,
          visitType: true,
          clinician: { select: { givenName: true, familyName: true } },
        },
      });
      const byDay = new Map<string, FreeSlot[]>();
      for (const s of upcoming) {
        const key = osloDateKey(s.startsAt);
        const list = byDay.get(key) ?? [];
        list.push({
          id: s.id,
          startsAt: s.startsAt,
          endsAt: s.endsAt,
          mode: s.mode,
          location: s.location,
          visitType: s.visitType,
          clinicianName: s.clinician ? `${s.clinician.givenName} ${s.clinician.familyName}` : null,
        });
        byDay.set(key, list);
      }
      const days = [...byDay.entries()].map(([key, slots]) => ({ day: key, free: slots.length }));
      const day = input.day && byDay.has(input.day) ? input.day : (days[0]?.day ?? null);
      const slots = day ? (byDay.get(day) ?? []) : [];
      return {
        units,
        unit,
        days,
        day,
        slots,
        chosen: await chosenSlotStatus(tx, unit.id, slots, input.slotId),
      };
    },
    { now },
  );
}

/**
 * The time asked for in step 3 (?tid=…): free on the day shown, gone (taken or closed since the
 * list was shown), or unknown (no such time at this unit: a made-up id). At most one query.
 */
async function chosenSlotStatus(
  tx: Parameters<Parameters<typeof withAccess>[3]>[0],
  unitId: string,
  daySlots: readonly FreeSlot[],
  slotId: string | undefined,
): Promise<"free" | "gone" | "unknown" | null> {
  if (slotId === undefined) return null;
  if (daySlots.some((s) => s.id === slotId)) return "free";
  const slot = await tx.slot.findFirst({ where: { id: slotId, unitId }, select: { id: true } });
  return slot ? "gone" : "unknown";
}
