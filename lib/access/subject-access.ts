import "server-only";
import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { describeSubjectAccess, listActingForOptions, type ActingForOption, type SubjectOverview } from "./acting-for";
import { requireActor } from "./current-actor";

/**
 * The one answer to "what may the signed-in citizen do for this subject", loaded once per request
 * and shared by the layout, the navigation and the page. It decides only what to SHOW (links,
 * buttons, menu items); every read or write of health data still passes the gate, which decides
 * for itself. null means "not found". Nothing is read from the record, so nothing is logged.
 */
export const subjectAccess = cache(async (subject: string): Promise<SubjectOverview | null> => {
  const actor = await requireActor("CITIZEN");
  return describeSubjectAccess(getDb(), actor, subject);
});

/** The people the signed-in citizen may act for (the switcher), once per request. */
export const actingForOptions = cache(async (): Promise<ActingForOption[]> => {
  const actor = await requireActor("CITIZEN");
  return listActingForOptions(getDb(), actor);
});
