import { describe, expect, it } from "vitest";
import { proposedValues, termsOf, valuesOf } from "@/components/proxy/proposed-change";
import { GRANTABLE_CATEGORIES } from "@/lib/access/categories";
import { proxyUsable } from "@/lib/access/rules";
import { grantChanges, grantStatus, hasChanges } from "@/lib/proxy-grants/grant-rules";
import { endOfOsloDay } from "@/lib/time/oslo";

const now = new Date("2026-11-30T12:00:00Z");
const born = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));

describe("grantChanges", () => {
  const before = {
    level: "READ" as const,
    categories: ["APPOINTMENTS", "LAB_RESULTS"] as const,
    validUntil: null,
  };

  it("nothing differs: no changes, whatever the order of categories", () => {
    const same = grantChanges(before, { ...before, categories: ["LAB_RESULTS", "APPOINTMENTS"] });
    expect(same).toEqual({});
    expect(hasChanges(same)).toBe(false);
  });

  it("names each changed term", () => {
    const until = endOfOsloDay("2027-12-31");
    expect(
      grantChanges(before, {
        level: "READ_AND_ACT",
        categories: ["APPOINTMENTS", "MESSAGES"],
        validUntil: until,
      }),
    ).toEqual({
      level: { from: "READ", to: "READ_AND_ACT" },
      categories: { added: ["MESSAGES"], removed: ["LAB_RESULTS"] },
      validUntil: { from: null, to: until },
    });
  });

  it("the same last day given as another Date object is no change", () => {
    const a = { ...before, validUntil: endOfOsloDay("2027-06-30") };
    expect(grantChanges(a, { ...a, validUntil: new Date(a.validUntil.getTime()) })).toEqual({});
  });
});

describe("the change page's proposal from the give form", () => {
  it("reads level, categories and last day from the query", () => {
    const values = proposedValues({
      fra: "gi",
      niva: "READ_AND_ACT",
      kategori: ["APPOINTMENTS", "NOPE"],
      til: "2027-01-31",
    });
    expect(values).toMatchObject({
      level: "READ_AND_ACT",
      all: false,
      categories: ["APPOINTMENTS"],
      until: "2027-01-31",
    });
    expect(termsOf(values!)).toEqual({
      level: "READ_AND_ACT",
      categories: ["APPOINTMENTS"],
      validUntil: endOfOsloDay("2027-01-31"),
    });
  });

  it("'all' stands for every grantable category", () => {
    expect(termsOf(proposedValues({ fra: "gi", niva: "READ", alle: "1" })!)?.categories).toEqual(
      GRANTABLE_CATEGORIES,
    );
  });

  it("anything unusable is no proposal: the page starts from the grant as it is", () => {
    expect(proposedValues({ niva: "READ", alle: "1" })).toBeNull();
    expect(proposedValues({ fra: "gi", niva: "ADMIN", alle: "1" })).toBeNull();
    expect(proposedValues({ fra: "gi", niva: "READ" })).toBeNull();
  });

  it("a grant's own terms fill the form back to the same terms", () => {
    const grant = {
      level: "READ_AND_MESSAGE" as const,
      categories: [...GRANTABLE_CATEGORIES],
      validUntil: endOfOsloDay("2027-03-01"),
    };
    const values = valuesOf(grant);
    expect(values).toMatchObject({ all: true, until: "2027-03-01" });
    expect(grantChanges(grant, termsOf(values)!)).toEqual({});
  });
});

describe("proxyUsable at the time of use", () => {
  const adult = {
    birthDate: born(1974),
    deathDate: null,
    addressProtection: "NONE" as const,
    consentCompetent: true,
  };

  it("holds for two adults without protection", () => {
    expect(proxyUsable(adult, adult, now)).toBe(true);
  });

  it("not when the grantor has lost consent competence, is under 16, or either side is protected or dead", () => {
    expect(proxyUsable({ ...adult, consentCompetent: false }, adult, now)).toBe(false);
    expect(proxyUsable({ ...adult, birthDate: born(2011, 6, 1) }, adult, now)).toBe(false);
    expect(proxyUsable({ ...adult, addressProtection: "CONFIDENTIAL" }, adult, now)).toBe(false);
    expect(proxyUsable(adult, { ...adult, addressProtection: "STRICTLY_CONFIDENTIAL" }, now)).toBe(
      false,
    );
    expect(proxyUsable(adult, { ...adult, deathDate: born(2026, 11, 1) }, now)).toBe(false);
    expect(proxyUsable(adult, { ...adult, birthDate: born(2009, 6, 1) }, now)).toBe(false);
  });

  it("a grant in force that cannot be used is shown as on hold", () => {
    const grant = { validFrom: born(2026, 1, 1), validUntil: null, endedAt: null };
    expect(grantStatus(grant, false, now, true)).toBe("active");
    expect(grantStatus(grant, false, now, false)).toBe("on_hold");
  });
});
