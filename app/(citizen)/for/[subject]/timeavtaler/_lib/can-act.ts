import "server-only";
import { describeSubjectAccess } from "@/lib/access/acting-for";
import type { Actor } from "@/lib/access/actor";
import { getDb } from "@/lib/db/client";

/**
 * Whether the actor may book, change, cancel and answer forms for this subject (a "see only" proxy
 * may not). Only decides what the page offers: the gate in each action decides for real.
 */
export async function canActOnAppointments(actor: Actor, subject: string, now = new Date()): Promise<boolean> {
  const overview = await describeSubjectAccess(getDb(), actor, subject, now);
  return overview?.actionable.includes("APPOINTMENTS") ?? false;
}
