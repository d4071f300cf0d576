import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay } from "@/lib/time/working-days";

const oslo = (iso: string) => new Date(iso);

describe("Norwegian working days (Europe/Oslo)", () => {
  it("skips the weekend", () => {
    // Friday 4 December 2026, 14:00 Oslo.
    expect(addWorkingDays(oslo("2026-12-04T13:00:00Z"), 1)).toBe("2026-12-07");
    expect(addWorkingDays(oslo("2026-12-04T13:00:00Z"), 3)).toBe("2026-12-09");
  });

  it("skips Easter 2027 (Maundy Thursday to Easter Monday), computed by the calendar library", () => {
    expect(isWorkingDay("2027-03-25")).toBe(false);
    expect(isWorkingDay("2027-03-26")).toBe(false);
    expect(isWorkingDay("2027-03-29")).toBe(false);
    // Wednesday 24 March 2027 + 2 working days: Tuesday 30 and Wednesday 31 March.
    expect(addWorkingDays(oslo("2027-03-24T09:00:00Z"), 2)).toBe("2027-03-31");
  });

  it("skips Christmas and 17 May, and counts from the Oslo day, not the UTC day", () => {
    expect(addWorkingDays(oslo("2026-12-23T10:00:00Z"), 1)).toBe("2026-12-24");
    expect(addWorkingDays(oslo("2026-12-24T10:00:00Z"), 1)).toBe("2026-12-28");
    expect(isWorkingDay("2027-05-17")).toBe(false);
    // 23:30 UTC on Sunday 14 March 2027 is already Monday 15 March in Oslo.
    expect(addWorkingDays(oslo("2027-03-14T23:30:00Z"), 1)).toBe("2027-03-16");
  });
});
