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
