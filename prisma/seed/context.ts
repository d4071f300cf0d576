import { Faker, base, en, nb_NO } from "@faker-js/faker";
import type { Db } from "@/lib/db/client";
import { osloToday } from "@/lib/identity/age";
import type { BulkWriter } from "./bulk-insert";
import { hashSeed } from "./ids";
import { NationalIdAllocator, type Sex } from "./national-ids";

export interface SeedOptions {
  /** Extra citizens (in households) on top of the fixed region, for load tests. */
  patients: number;
  /** Rows per createMany / unnest batch (COPY batches are larger: see run.ts). */
  batchSize: number;
}

/** What later steps need to know about a seeded citizen without reading it back. */
export interface SeededPerson {
  id: string;
  key: string;
  sex: Sex;
  birthDate: Date;
  deathDate: Date | null;
  addressId: string | null;
  /** The GP practice the household is listed with (a key of UNIT_IDS). */
  gpUnit: "gp1" | "gp2";
  consentCompetent: boolean;
}

export interface SeedContext {
  /** The reference instant: taken from the clock once, so every step agrees on "today". */
  readonly now: Date;
  /** Today's Oslo calendar date (UTC midnight). */
  readonly today: Date;
  readonly options: SeedOptions;
  readonly nationalIds: NationalIdAllocator;
  /** Every citizen created so far, in creation order; later steps derive their rows from it. */
  readonly people: SeededPerson[];
  /**
   * Where bulk rows go (COPY on PostgreSQL with --patients, unnest otherwise). Write every table a
   * step fills per person through it, and name those tables in the step's `bulkTables`.
   */
  bulk: BulkWriter;
  /** A nb_NO faker reseeded from `key`, so a household's names never depend on what ran before. */
  faker(key: string): Faker;
  log(message: string): void;
}

export interface SeedStep {
  name: string;
  /**
   * Tables this step fills per person through `ctx.bulk`. With --patients, runSeed drops their
   * non-unique indexes and outgoing foreign keys before the first step and rebuilds them after the
   * last (bulk-load.ts), so list every such table here, or its rows are loaded the slow way.
   */
  bulkTables?: readonly string[];
  /** Returns a one-line summary for the timing report. */
  run(db: Db, ctx: SeedContext): Promise<string | void>;
}

export function createSeedContext(opts: {
  now?: Date;
  options?: Partial<SeedOptions>;
  log?: (message: string) => void;
  bulk: BulkWriter;
}): SeedContext {
  const now = opts.now ?? new Date();
  // One instance reseeded per key: constructing a Faker per household would cost more than the seed.
  const shared = new Faker({ locale: [nb_NO, en, base] });
  return {
    now,
    today: osloToday(now),
    options: { patients: 0, batchSize: 2000, ...opts.options },
    nationalIds: new NationalIdAllocator("down"),
    people: [],
    bulk: opts.bulk,
    faker(key: string) {
      shared.seed(hashSeed(key));
      return shared;
    },
    log: opts.log ?? (() => {}),
  };
}

/** Splits rows into createMany-sized chunks. */
export function* chunks<T>(rows: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < rows.length; i += size) yield rows.slice(i, i + size);
}
