import type { Db } from "@/lib/db/client";
import { createSeedContext, type SeedContext, type SeedOptions, type SeedStep } from "./context";
import { SEED_STEPS } from "./steps";

export interface StepTiming {
  name: string;
  ms: number;
  summary: string;
}

/** Runs the seed steps in order on `db`; the CLI and the integration test both come through here. */
export async function runSeed(
  db: Db,
  opts: { now?: Date; options?: Partial<SeedOptions>; steps?: readonly SeedStep[]; log?: (line: string) => void } = {},
): Promise<{ ctx: SeedContext; timings: StepTiming[] }> {
  const ctx = createSeedContext({ now: opts.now, options: opts.options, log: opts.log });
  const timings: StepTiming[] = [];
  for (const step of opts.steps ?? SEED_STEPS) {
    const started = performance.now();
    const summary = (await step.run(db, ctx)) ?? "";
    const ms = Math.round(performance.now() - started);
    timings.push({ name: step.name, ms, summary });
    opts.log?.(`  ${step.name.padEnd(26)} ${String(ms).padStart(7)} ms  ${summary}`);
  }
  return { ctx, timings };
}
