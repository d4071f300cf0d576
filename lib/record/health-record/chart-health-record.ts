import { describeSubjectAccess } from "@/lib/access/acting-for";
import type { Actor } from "@/lib/access/actor";
import type { Db } from "@/lib/db/client";
import { listAllergies } from "./list-allergies";
import { listDiagnoses } from "./list-diagnoses";
import { listVaccinations } from "./list-vaccinations";

/**
 * For the clinician's patient chart: allergies (safety first), diagnoses and vaccines, each read
 * through its own gate pass and logged under its own category. A category the clinician's care
 * relation does not reach is null (asked first, so a routine chart view writes no refusals).
 */
export async function getChartHealthRecord(
  db: Db,
  actor: Actor,
  personId: string,
  now = new Date(),
) {
  const overview = await describeSubjectAccess(db, actor, personId, now);
  const may = (c: "ALLERGIES" | "DIAGNOSES" | "VACCINES") =>
    overview?.readable.includes(c) ?? false;
  return {
    allergies: may("ALLERGIES") ? await listAllergies(db, actor, personId, now) : null,
    diagnoses: may("DIAGNOSES") ? await listDiagnoses(db, actor, personId, now) : null,
    vaccines: may("VACCINES") ? await listVaccinations(db, actor, personId, now) : null,
  };
}

export type ChartHealthRecord = Awaited<ReturnType<typeof getChartHealthRecord>>;
