// Step 3 of "Bestill time" tells a time taken meanwhile from a time that never existed (issue 12
// item 16): a made-up ?tid= must not read "just taken".
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/access/actor";
import { bookAppointment } from "@/lib/appointments/book-appointment";
import { getBookingOptions } from "@/lib/appointments/booking-options";
import { osloDateKey } from "@/lib/time/oslo";
import { useTestDatabase } from "./harness";
import {
  createCareRelation,
  createOrganisationWithUnit,
  createPerson,
  citizenActor,
} from "./factories";

const t = useTestDatabase();
const DAY = 86_400_000;
let unitId: string;
let me: Actor;
let rival: Actor;

const citizen = (p: { id: string }) => citizenActor(p);

beforeAll(async () => {
  ({
    unit: { id: unitId },
  } = await createOrganisationWithUnit(t.db, { kind: "GP_OFFICE", unitKind: "GP_PRACTICE" }));
  for (const who of ["me", "rival"] as const) {
    const p = await createPerson(t.db, { age: 40 });
    await createCareRelation(t.db, { personId: p.id, unitId, kind: "GP_LIST" });
    if (who === "me") me = citizen(p);
    else rival = citizen(p);
  }
});

describe("the time chosen in step 3", () => {
  it("is free, gone (taken meanwhile) or unknown (no such time at the unit)", async () => {
    const startsAt = new Date(Date.now() + 3 * DAY);
    const [a, b] = await Promise.all(
      [0, 1].map((i) =>
        t.db.slot.create({
          data: {
            unitId,
            startsAt: new Date(startsAt.getTime() + i * 3_600_000),
            endsAt: new Date(startsAt.getTime() + i * 3_600_000 + 1_200_000),
            visitType: "K",
          },
        }),
      ),
    );
    const day = osloDateKey(startsAt);
    const chosen = async (slotId: string) =>
      (await getBookingOptions(t.db, me, { subject: "meg", unitId, day, slotId })).chosen;
    expect(await chosen(a!.id)).toBe("free");
    await bookAppointment(t.db, rival, { subject: "meg", slotId: b!.id, reason: "Først" });
    expect(await chosen(b!.id)).toBe("gone");
    expect(await chosen("00000000-0000-4000-8000-000000000000")).toBe("unknown");
    // A real time at another unit is no time here either.
    const other = await createOrganisationWithUnit(t.db, {
      kind: "GP_OFFICE",
      unitKind: "GP_PRACTICE",
    });
    const elsewhere = await t.db.slot.create({
      data: {
        unitId: other.unit.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 1_200_000),
        visitType: "K",
      },
    });
    expect(await chosen(elsewhere.id)).toBe("unknown");
    expect((await getBookingOptions(t.db, me, { subject: "meg", unitId, day })).chosen).toBeNull();
  });
});
