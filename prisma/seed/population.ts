import type { SeedStep } from "./context";
import { HOUSEHOLD_TABLES, writeHouseholds } from "./households";

/** Citizens in the fixed region, demo people included. */
export const REGION_POPULATION = 200;

/** The ordinary citizens of Fjordvik around the demo people: households up to ~200 citizens. */
export const populationStep: SeedStep = {
  name: "population",
  bulkTables: HOUSEHOLD_TABLES,
  async run(_db, ctx) {
    const target = Math.max(0, REGION_POPULATION - ctx.people.length);
    const households = await writeHouseholds(ctx, "household", target);
    return `${target} citizens in ${households} households`;
  },
};

/** `--patients N`: N extra citizens, in households, for load tests. */
export const extraPatientsStep: SeedStep = {
  name: "extra-patients",
  bulkTables: HOUSEHOLD_TABLES,
  async run(_db, ctx) {
    const n = ctx.options.patients;
    if (n <= 0) return "none requested";
    const households = await writeHouseholds(ctx, "extra-household", n);
    return `${n} citizens in ${households} households`;
  },
};
