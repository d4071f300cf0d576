import { z } from "zod";
import { osloDateKey, startOfOsloDay } from "@/lib/time/oslo";

/**
 * A calendar day typed as yyyy-mm-dd that exists (not 2025-02-30), within the years the form can
 * mean: a filter over history reaches further back than a last day for something still to come.
 */
export function osloDaySchema({ fromYear, toYear = 2200 }: { fromYear: number; toYear?: number }) {
  return z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((s) => {
      const year = Number(s.slice(0, 4));
      return year >= fromYear && year <= toYear && osloDateKey(startOfOsloDay(s)) === s;
    });
}
