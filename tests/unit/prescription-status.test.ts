import { describe, expect, it } from "vitest";
import {
  isCurrentMedication,
  isRenewable,
  prescriptionStatus,
} from "@/lib/record/medications/prescription-status";

const day = (key: string) => new Date(`${key}T00:00:00Z`);
// 23:30 in Oslo on 14 March (UTC+1 in winter) is 22:30 UTC; 00:30 on 15 March is 23:30 UTC on the 14th.
const lateOn14th = new Date("2027-03-14T22:30:00Z");
const earlyOn15th = new Date("2027-03-14T23:30:00Z");

describe("prescriptionStatus", () => {
  it.each([
    {
      name: "valid through its last Oslo day",
      valid: "2027-03-14",
      allowed: 4,
      used: 1,
      now: lateOn14th,
      expected: "ACTIVE",
    },
    {
      name: "expired from the next Oslo midnight (still the 14th in UTC)",
      valid: "2027-03-14",
      allowed: 4,
      used: 1,
      now: earlyOn15th,
      expected: "EXPIRED",
    },
    {
      name: "used up when every dispensing is collected",
      valid: "2027-12-31",
      allowed: 4,
      used: 4,
      now: lateOn14th,
      expected: "USED_UP",
    },
    {
      name: "expiry wins over used up",
      valid: "2027-01-01",
      allowed: 4,
      used: 4,
      now: lateOn14th,
      expected: "EXPIRED",
    },
    {
      name: "no limit on dispensings",
      valid: "2027-12-31",
      allowed: null,
      used: 9,
      now: lateOn14th,
      expected: "ACTIVE",
    },
  ])("$name", ({ valid, allowed, used, now, expected }) => {
    expect(
      prescriptionStatus(
        { prescriptionValidUntil: day(valid), dispensesAllowed: allowed, dispensesUsed: used },
        now,
      ),
    ).toBe(expected);
  });

  it("has no status without a prescription", () => {
    expect(
      prescriptionStatus(
        { prescriptionValidUntil: null, dispensesAllowed: null, dispensesUsed: 0 },
        lateOn14th,
      ),
    ).toBe("NONE");
  });
});

describe("current medications", () => {
  it("an active medication is current until the end of its planned last day, Oslo time", () => {
    const m = { status: "ACTIVE" as const, endDate: day("2027-03-14") };
    expect(isCurrentMedication(m, lateOn14th)).toBe(true);
    expect(isCurrentMedication(m, earlyOn15th)).toBe(false);
    expect(isCurrentMedication({ status: "ACTIVE", endDate: null }, earlyOn15th)).toBe(true);
  });

  it("a completed or stopped medication is earlier, whatever its dates", () => {
    expect(isCurrentMedication({ status: "COMPLETED", endDate: null }, lateOn14th)).toBe(false);
    expect(isCurrentMedication({ status: "STOPPED", endDate: day("2030-01-01") }, lateOn14th)).toBe(
      false,
    );
  });

  it("only a current medication with a prescription can be renewed; an expired one can", () => {
    const base = {
      status: "ACTIVE" as const,
      endDate: null,
      dispensesAllowed: 4,
      dispensesUsed: 4,
    };
    expect(isRenewable({ ...base, prescriptionValidUntil: day("2027-01-01") }, lateOn14th)).toBe(
      true,
    );
    expect(isRenewable({ ...base, prescriptionValidUntil: null }, lateOn14th)).toBe(false);
    expect(
      isRenewable(
        { ...base, status: "STOPPED", prescriptionValidUntil: day("2028-01-01") },
        lateOn14th,
      ),
    ).toBe(false);
  });
});
