import { Faker, base, en, nb_NO } from "@faker-js/faker";
import type { Db } from "@/lib/db/client";
import { osloToday } from "@/lib/identity/age";
import { hashSeed } from "./ids";
import { NationalIdAllocator, type Sex } from "./national-ids";

export interface SeedOptions {
  /** Extra citizens (in households) on top of the fixed region, for load tests. */
  patients: number;
  /** Rows per createMany batch. */
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
  /** A nb_NO faker reseeded from `key`, so a household's names never depend on what ran before. */
  faker(key: string): Faker;
  log(message: string): void;
}

export interface SeedStep {
  name: string;
  /** Returns a one-line summary for the timing report. */
  run(db: Db, ctx: SeedContext): Promise<string | void>;
}

export function createSeedContext(opts: {
  now?: Date;
  options?: Partial<SeedOptions>;
  log?: (message: string) => void;
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
