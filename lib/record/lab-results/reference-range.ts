import type { LabInterpretation } from "@/lib/generated/prisma/enums";

export type ReferenceRange = {
  sex: string | null;
  ageFromYears: number;
  ageToYears: number | null;
  low: number | null;
  high: number | null;
  text: string | null;
};

/**
 * The reference range that applies to a person of this sex and age: of the dictionary rows that
 * match, a sex-specific one before one for both, then the narrowest age band.
 */
export function pickReferenceRange<R extends ReferenceRange>(
  ranges: readonly R[],
  sex: "female" | "male",
  age: number,
): R | null {
  const matching = ranges.filter(
    (r) =>
      (r.sex === null || r.sex === sex) &&
      age >= r.ageFromYears &&
      (r.ageToYears === null || age < r.ageToYears),
  );
  matching.sort((a, b) => {
    if ((a.sex === null) !== (b.sex === null)) return a.sex === null ? 1 : -1;
    const width = (r: ReferenceRange) => (r.ageToYears ?? 200) - r.ageFromYears;
    return width(a) - width(b);
  });
  return matching[0] ?? null;
}

/** The flag a laboratory sets from the value and the range (FHIR Observation.interpretation). */
export function interpret(
  value: number,
  range: Pick<ReferenceRange, "low" | "high"> | null,
): LabInterpretation | null {
  if (!range) return null;
  if (range.low !== null && value < range.low) return "LOW";
  if (range.high !== null && value > range.high) return "HIGH";
  return "NORMAL";
}
