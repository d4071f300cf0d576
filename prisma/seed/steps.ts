import { accessHistoryStep } from "./access-history";
import { careRelationsStep } from "./care-relations";
import { cliniciansStep } from "./clinicians";
import type { SeedStep } from "./context";
import { demoPeopleStep } from "./demo-people";
import { messagingStep } from "./messaging";
import { organisationsStep } from "./organisations";
import { healthRecordStep } from "./health-record";
import { labResultsStep } from "./lab-results";
import { medicationsStep } from "./medications";
import { extraPatientsStep, populationStep } from "./population";
import { schedulesStep } from "./schedules";
import { formalRequestsStep } from "./formal-requests";

/**
 * The seed, in order. Each step takes (db, ctx) and may read what earlier steps put in ctx.
 * Add new concerns (slots, appointments, questionnaires, proxy grants, …) as their own module
 * and append them here; demo-people must stay the first step that allocates national ids.
 */
export const SEED_STEPS: readonly SeedStep[] = [
  organisationsStep,
  demoPeopleStep,
  cliniciansStep,
  populationStep,
  extraPatientsStep,
  careRelationsStep,
  schedulesStep,
  labResultsStep,
  medicationsStep,
  healthRecordStep,
  accessHistoryStep,
  messagingStep,
  formalRequestsStep,
];
