import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { describeCitizenAccess, type ActingForOption, type SubjectOverview } from "./acting-for";
import { requireActor } from "./current-actor";

// One query per request for the citizen shell: the subject's access and the switcher's options.
const citizenAccess = cache(async (subject: string) => {
  const actor = await requireActor("CITIZEN");
  return describeCitizenAccess(getDb(), actor, subject);
});

/**
 * The one answer to "what may the signed-in citizen do for this subject", loaded once per request
 * and shared by the layout, the navigation and the page. It decides only what to SHOW (links,
 * buttons, menu items); every read or write of health data still passes the gate, which decides
 * for itself. null means "not found". Nothing is read from the record, so nothing is logged.
 */
export const subjectAccess = async (subject: string): Promise<SubjectOverview | null> =>
  (await citizenAccess(subject)).overview;

/**
 * The people the signed-in citizen may act for (the switcher), from the same query as
 * subjectAccess for this subject.
 */
export const actingForOptions = async (subject: string): Promise<ActingForOption[]> =>
  (await citizenAccess(subject)).options;
