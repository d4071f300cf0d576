import { describe, expect, it } from "vitest";
import {
  birthYearFor,
  generateSyntheticNationalId,
  individualNumberRanges,
  isValidHprNumber,
  parseNationalId,
} from "@/lib/identity/national-id";
import { completeOrgNumber, isValidOrgNumber } from "@/lib/identity/org-number";
import { birthDateForAge, osloToday } from "@/lib/identity/age";
import { ageOn } from "@/lib/time/oslo";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** Builds an 11-digit number with correct check digits from 9 digits; null when none exists. */
function withCheckDigits(first9: string): string | null {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const d = Array.from(first9, Number);
  const k = (ws: number[]) => {
    const r = 11 - (ws.reduce((s, w, i) => s + w * (d[i] ?? 0), 0) % 11);
    return r === 11 ? 0 : r;
  };
  const k1 = k(w1);
  if (k1 === 10) return null;
  d.push(k1);
  const k2 = k(w2);
  if (k2 === 10) return null;
  return `${first9}${k1}${k2}`;
}

describe("parseNationalId: hand-computed synthetic numbers", () => {
  it("accepts 15839012362 (15 March 1990, month 03+80, individual 123)", () => {
    // digits 1 5 8 3 9 0 1 2 3
    // k1: 3·1+7·5+6·8+1·3+8·9+9·0+4·1+5·2+2·3 = 181; 181 mod 11 = 5; 11-5 = 6
    // k2: 5·1+4·5+3·8+2·3+7·9+6·0+5·1+4·2+3·3+2·6 = 152; 152 mod 11 = 9; 11-9 = 2
    expect(parseNationalId("15839012362")).toEqual({
      ok: true,
      value: "15839012362",
      birthDate: utc(1990, 3, 15),
      synthetic: true,
    });
  });

  it("accepts 29821650087 (leap day 29 Feb 2016, individual 500 → 2000s)", () => {
    // k1: 3·2+7·9+6·8+1·2+8·1+9·6+4·5+5·0+2·0 = 201; mod 11 = 3; 11-3 = 8
    // k2: 5·2+4·9+3·8+2·2+7·1+6·6+5·5+4·0+3·0+2·8 = 158; mod 11 = 4; 11-4 = 7
    const r = parseNationalId("29821650087");
    expect(r).toEqual({
      ok: true,
      value: "29821650087",
      birthDate: utc(2016, 2, 29),
      synthetic: true,
    });
  });

  it("accepts the D-number 69821650070 (day 29+40), where a check digit of 11 becomes 0", () => {
    // k1: 3·6+7·9+6·8+1·2+8·1+9·6+4·5+5·0+2·0 = 213; mod 11 = 4; 11-4 = 7
    // k2: 5·6+4·9+3·8+2·2+7·1+6·6+5·5+4·0+3·0+2·7 = 176; mod 11 = 0; 11 → 0
    const r = parseNationalId("69821650070");
    expect(r).toEqual({
      ok: true,
      value: "69821650070",
      birthDate: utc(2016, 2, 29),
      synthetic: true,
    });
  });

  it("accepts spaces anywhere in the input and returns the bare digits", () => {
    const r = parseNationalId(" 158390 12362 ");
    expect(r.ok && r.value).toBe("15839012362");
    expect(parseNationalId("15 83 90 123 62").ok).toBe(true);
  });
});

describe("parseNationalId: rejections", () => {
  it("rejects wrong length and non-digits as format", () => {
    expect(parseNationalId("")).toEqual({ ok: false, reason: "format" });
    expect(parseNationalId("1583901236")).toEqual({ ok: false, reason: "format" });
    expect(parseNationalId("158390123620")).toEqual({ ok: false, reason: "format" });
    expect(parseNationalId("1583901236x")).toEqual({ ok: false, reason: "format" });
    expect(parseNationalId("158390-12362")).toEqual({ ok: false, reason: "format" });
  });

  it("rejects every wrong first or second check digit", () => {
    for (let k = 0; k <= 9; k++) {
      if (k !== 6)
        expect(parseNationalId(`158390123${k}2`)).toEqual({ ok: false, reason: "checksum" });
      if (k !== 2)
        expect(parseNationalId(`1583901236${k}`)).toEqual({ ok: false, reason: "checksum" });
    }
  });

  it("rejects a single changed digit in the body", () => {
    expect(parseNationalId("15839012462")).toEqual({ ok: false, reason: "checksum" });
    expect(parseNationalId("16839012362")).toEqual({ ok: false, reason: "checksum" });
  });

  it("rejects every completion when a check digit would be 10 (04.07.1985, individual 008)", () => {
    // digits 0 4 8 7 8 5 0 0 8: k1 sum 208, mod 11 = 10 → k1 = 1;
    // k2: 5·0+4·4+3·8+2·7+7·8+6·5+5·0+4·0+3·8+2·1 = 166; mod 11 = 1 → 11-1 = 10 → no valid number.
    expect(generateSyntheticNationalId(utc(1985, 7, 4), 8)).toBeNull();
    for (let k = 0; k <= 99; k++) {
      const candidate = `048785008${String(k).padStart(2, "0")}`;
      expect(parseNationalId(candidate).ok).toBe(false);
    }
  });

  it("rejects real-form numbers outside production and accepts them with allowReal", () => {
    // 15.03.2039 with individual 501: no one can hold it yet, so the test names no real person.
    // k1: 3·1+7·5+6·0+1·3+8·3+9·9+4·5+5·0+2·1 = 168; mod 11 = 3 → 8
    // k2: 5·1+4·5+3·0+2·3+7·3+6·9+5·5+4·0+3·1+2·8 = 150; mod 11 = 7 → 4
    expect(parseNationalId("15033950184")).toEqual({ ok: false, reason: "not_synthetic" });
    expect(parseNationalId("15033950184", { allowReal: false })).toEqual({
      ok: false,
      reason: "not_synthetic",
    });
    expect(parseNationalId("15033950184", { allowReal: true })).toEqual({
      ok: true,
      value: "15033950184",
      birthDate: utc(2039, 3, 15),
      synthetic: false,
    });
  });

  it("still accepts synthetic numbers when real ones are allowed", () => {
    const r = parseNationalId("15839012362", { allowReal: true });
    expect(r.ok && r.synthetic).toBe(true);
  });
});

describe("parseNationalId: month + 80", () => {
  it("maps months 81..92 to January..December", () => {
    for (let month = 1; month <= 12; month++) {
      const id =
        withCheckDigits(`10${month + 80}85` + "123") ??
        withCheckDigits(`10${month + 80}85` + "124");
      expect(id).not.toBeNull();
      const r = parseNationalId(id ?? "");
      expect(r.ok && r.birthDate.getUTCMonth() + 1).toBe(month);
    }
  });

  it("rejects months 93+ and 80 as no date, even with valid check digits", () => {
    for (const mm of ["80", "93", "99", "00", "13", "50"]) {
      let id: string | null = null;
      for (let ind = 100; id === null; ind++) id = withCheckDigits(`10${mm}85${ind}`);
      expect(parseNationalId(id, { allowReal: true })).toEqual({ ok: false, reason: "date" });
    }
  });

  it("rejects day 00, day 32 and day 31 in a 30-day month", () => {
    for (const body of [
      "008590",
      "328590",
      "318490" /* 31 April */,
      "718490" /* D-number 31 April */,
    ]) {
      let id: string | null = null;
      for (let ind = 100; id === null; ind++) id = withCheckDigits(`${body}${ind}`);
      expect(parseNationalId(id)).toEqual({ ok: false, reason: "date" });
    }
  });
});

describe("parseNationalId: leap days", () => {
  const leapDay = (yy: string, ind: number) => {
    let id: string | null = null;
    for (let i = ind; id === null; i++)
      id = withCheckDigits(`2982${yy}${String(i).padStart(3, "0")}`);
    return parseNationalId(id);
  };

  it("accepts 29 February in 2000 (divisible by 400) and 2024", () => {
    expect(leapDay("00", 500)).toMatchObject({ ok: true, birthDate: utc(2000, 2, 29) });
    expect(leapDay("24", 500)).toMatchObject({ ok: true, birthDate: utc(2024, 2, 29) });
    expect(leapDay("88", 100)).toMatchObject({ ok: true, birthDate: utc(1988, 2, 29) });
  });

  it("rejects 29 February in 1900 (century, not leap) and common years", () => {
    expect(leapDay("00", 100)).toEqual({ ok: false, reason: "date" }); // individual < 500 → 1900
    expect(leapDay("23", 500)).toEqual({ ok: false, reason: "date" });
    expect(leapDay("89", 100)).toEqual({ ok: false, reason: "date" });
  });
});

describe("century from the individual number", () => {
  it("follows Skatteetaten's ranges", () => {
    expect(birthYearFor(90, 0)).toBe(1990);
    expect(birthYearFor(10, 499)).toBe(1910);
    expect(birthYearFor(70, 500)).toBe(1870);
    expect(birthYearFor(54, 749)).toBe(1854);
    expect(birthYearFor(53, 600)).toBeNull(); // 500-749 only covers 1854-1899 before the 2000s
    expect(birthYearFor(10, 600)).toBe(2010);
    expect(birthYearFor(39, 999)).toBe(2039);
    expect(birthYearFor(40, 600)).toBeNull();
    expect(birthYearFor(60, 800)).toBeNull(); // 750-899 is only used for 2000-2039
    expect(birthYearFor(60, 950)).toBe(1960);
    expect(birthYearFor(40, 900)).toBe(1940);
  });

  it("parses the century into the birth date", () => {
    const first = (body: string, from: number) => {
      for (let i = from; i < from + 50; i++) {
        const id = withCheckDigits(`${body}${i}`);
        if (id) return id;
      }
      throw new Error("no valid number");
    };
    expect(parseNationalId(first("018160", 950))).toMatchObject({
      ok: true,
      birthDate: utc(1960, 1, 1),
    });
    expect(parseNationalId(first("018110", 100))).toMatchObject({
      ok: true,
      birthDate: utc(1910, 1, 1),
    });
    expect(parseNationalId(first("018110", 600))).toMatchObject({
      ok: true,
      birthDate: utc(2010, 1, 1),
    });
    expect(parseNationalId(first("018170", 600))).toMatchObject({
      ok: true,
      birthDate: utc(1870, 1, 1),
    });
    expect(parseNationalId(first("018160", 800))).toEqual({ ok: false, reason: "date" });
    expect(parseNationalId(first("018145", 600))).toEqual({ ok: false, reason: "date" });
  });

  it("lists the individual-number ranges for a year", () => {
    expect(individualNumberRanges(1870)).toEqual([[500, 749]]);
    expect(individualNumberRanges(1935)).toEqual([[0, 499]]);
    expect(individualNumberRanges(1975)).toEqual([
      [0, 499],
      [900, 999],
    ]);
    expect(individualNumberRanges(2026)).toEqual([[500, 999]]);
    expect(individualNumberRanges(2040)).toEqual([]);
  });
});

describe("generateSyntheticNationalId", () => {
  it("reproduces the hand-computed numbers", () => {
    expect(generateSyntheticNationalId(utc(1990, 3, 15), 123)).toBe("15839012362");
    expect(generateSyntheticNationalId(utc(2016, 2, 29), 500)).toBe("29821650087");
  });

  it("round-trips every day of a leap year and of a 1900s year through the parser", () => {
    for (const [year, ind] of [
      [2024, 500],
      [1956, 0],
      [1956, 900],
      [1880, 500],
    ] as const) {
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        const birth = new Date(t);
        let id: string | null = null;
        for (let i = ind; id === null; i++) id = generateSyntheticNationalId(birth, i);
        expect(parseNationalId(id)).toEqual({
          ok: true,
          value: id,
          birthDate: birth,
          synthetic: true,
        });
      }
    }
  });

  it("returns null for about one in six individual numbers, never an invalid number", () => {
    let nulls = 0;
    for (let i = 0; i <= 499; i++) {
      const id = generateSyntheticNationalId(utc(1985, 7, 4), i);
      if (id === null) nulls++;
      else expect(parseNationalId(id).ok).toBe(true);
    }
    expect(nulls).toBeGreaterThan(40);
    expect(nulls).toBeLessThan(130);
  });

  it("refuses individual numbers that cannot encode the birth year", () => {
    expect(() => generateSyntheticNationalId(utc(2010, 1, 1), 100)).toThrow(RangeError);
    expect(() => generateSyntheticNationalId(utc(1960, 1, 1), 800)).toThrow(RangeError);
    expect(() => generateSyntheticNationalId(utc(1990, 1, 1), 1000)).toThrow(RangeError);
    expect(() => generateSyntheticNationalId(utc(1990, 1, 1), -1)).toThrow(RangeError);
  });
});

describe("isValidHprNumber", () => {
  it("accepts 7 to 9 digits without a leading zero", () => {
    expect(isValidHprNumber("1234567")).toBe(true);
    expect(isValidHprNumber("912345678")).toBe(true);
    expect(isValidHprNumber(" 7654321 ")).toBe(true);
  });
  it("rejects other shapes", () => {
    for (const v of ["", "123456", "1234567890", "0123456", "12a4567", "12 34567"]) {
      expect(isValidHprNumber(v)).toBe(false);
    }
  });
});

describe("organisation numbers", () => {
  it("computes the mod-11 check digit with weights 3 2 7 6 5 4 3 2", () => {
    // 1 0 0 0 0 0 0 1: 3·1 + 2·1 = 5; 11-5 = 6
    expect(completeOrgNumber("10000001")).toBe("100000016");
    expect(isValidOrgNumber("100000016")).toBe(true);
    expect(isValidOrgNumber("100 000 016")).toBe(true);
    expect(isValidOrgNumber("100000017")).toBe(false);
    expect(isValidOrgNumber("10000001")).toBe(false);
  });
  it("turns a check digit of 11 into 0 and has no valid number when it would be 10", () => {
    // 1 0 0 0 0 0 0 4: 3·1 + 2·4 = 11; mod 11 = 0; 11 → 0
    expect(completeOrgNumber("10000004")).toBe("100000040");
    // 4 0 0 0 0 0 0 0: 3·4 = 12; mod 11 = 1; 11-1 = 10 → no valid number
    expect(completeOrgNumber("40000000")).toBeNull();
  });
});

describe("age helpers", () => {
  it("gives a birth date that makes the person exactly that age on the Oslo day", () => {
    const now = new Date("2026-06-14T22:30:00Z"); // already 15 June in Oslo
    expect(osloToday(now)).toEqual(utc(2026, 6, 15));
    expect(birthDateForAge(12, { today: now })).toEqual(utc(2014, 6, 15));
    expect(birthDateForAge(12, { today: now, daysSinceBirthday: 1 })).toEqual(utc(2014, 6, 14));
    for (const days of [0, 1, 100, 364]) {
      for (const age of [0, 11, 12, 15, 16, 17, 18, 90]) {
        expect(ageOn(birthDateForAge(age, { today: now, daysSinceBirthday: days }), now)).toBe(age);
      }
    }
  });

  it("handles a 29 February today", () => {
    const now = new Date("2028-02-29T12:00:00Z");
    expect(birthDateForAge(10, { today: now })).toEqual(utc(2018, 2, 28));
    expect(birthDateForAge(4, { today: now })).toEqual(utc(2024, 2, 29));
    for (let days = 0; days <= 364; days += 7) {
      expect(ageOn(birthDateForAge(17, { today: now, daysSinceBirthday: days }), now)).toBe(17);
    }
  });

  it("rejects impossible requests", () => {
    expect(() => birthDateForAge(-1)).toThrow(RangeError);
    expect(() => birthDateForAge(3, { daysSinceBirthday: 365 })).toThrow(RangeError);
  });
});
