import { TZDate } from "@date-fns/tz";
import { describe, expect, it } from "vitest";
import { addOsloDays, ageOn, osloDateKey, osloWallClock, startOfOsloDay } from "@/lib/time/oslo";

describe("Oslo time", () => {
  it("gives the Oslo calendar date of late-evening UTC instants", () => {
    // 23:30 UTC in winter is 00:30 the next day in Oslo (UTC+1).
    expect(osloDateKey(new Date("2026-01-14T23:30:00Z"))).toBe("2026-01-15");
    // 21:59 UTC in summer is 23:59 the same day (UTC+2); 22:00 is the next day.
    expect(osloDateKey(new Date("2026-07-14T21:59:00Z"))).toBe("2026-07-14");
    expect(osloDateKey(new Date("2026-07-14T22:00:00Z"))).toBe("2026-07-15");
  });

  it("gives the date the time-zone database gives, around every Oslo midnight from 1900 to 2100", () => {
    // The offset is kept per UTC hour: this checks every hour in which an Oslo day begins.
    const byDatabase = (t: number) => {
      const d = new TZDate(t, "Europe/Oslo");
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    };
    const day = 86_400_000;
    const mismatches: string[] = [];
    for (let t = Date.UTC(1900, 0, 1); t < Date.UTC(2100, 0, 1); t += day) {
      // Oslo midnight is 22:00 or 23:00 UTC the day before: one ms either side of each.
      for (const utc of [-7_200_001, -7_200_000, -3_600_001, -3_600_000]) {
        const instant = t + utc;
        const key = osloDateKey(new Date(instant));
        if (key !== byDatabase(instant)) mismatches.push(new Date(instant).toISOString());
      }
    }
    expect(mismatches).toEqual([]);
    // Before Norway's whole-hour time the database is asked each time.
    const lmt = Date.UTC(1894, 5, 30, 23, 30);
    expect(osloDateKey(new Date(lmt))).toBe(byDatabase(lmt));
  }, 60_000);

  it("starts days at local midnight on both sides of the DST switches", () => {
    expect(startOfOsloDay("2026-03-29").toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(startOfOsloDay("2026-03-30").toISOString()).toBe("2026-03-29T22:00:00.000Z");
    expect(startOfOsloDay("2026-10-25").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(startOfOsloDay("2026-10-26").toISOString()).toBe("2026-10-25T23:00:00.000Z");
  });

  it("maps wall-clock times across DST", () => {
    expect(osloWallClock("2026-03-29", 1, 30).toISOString()).toBe("2026-03-29T00:30:00.000Z");
    expect(osloWallClock("2026-03-29", 3, 0).toISOString()).toBe("2026-03-29T01:00:00.000Z");
    expect(osloWallClock("2026-10-25", 12, 0).toISOString()).toBe("2026-10-25T11:00:00.000Z");
  });

  it("adds calendar days, not 24-hour blocks", () => {
    expect(addOsloDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addOsloDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addOsloDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(addOsloDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("counts age from the Oslo calendar day, turning on the birthday", () => {
    const birth = new Date(Date.UTC(2010, 5, 15));
    expect(ageOn(birth, new Date("2026-06-14T12:00:00Z"))).toBe(15);
    // 22:30 UTC on 14 June is already 15 June in Oslo.
    expect(ageOn(birth, new Date("2026-06-14T22:30:00Z"))).toBe(16);
    expect(ageOn(birth, new Date("2026-06-15T00:00:00Z"))).toBe(16);
  });

  it("handles leap-day birthdays", () => {
    const birth = new Date(Date.UTC(2008, 1, 29));
    expect(ageOn(birth, new Date("2026-02-28T12:00:00Z"))).toBe(17);
    expect(ageOn(birth, new Date("2026-03-01T12:00:00Z"))).toBe(18);
  });
});
