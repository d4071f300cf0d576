import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import type { AllergySeverity } from "@/lib/generated/prisma/enums";
import {
  clinicianName,
  isRecordItemVisible,
  placeName,
  recordItemSelect,
  recordItemWhere,
} from "./record-items";

const SEVERITY_RANK: Record<AllergySeverity, number> = { SEVERE: 0, MODERATE: 1, MILD: 2 };

/**
 * The subject's allergies and intolerances (category ALLERGIES): substance, reaction, severity,
 * verified or not, who recorded it and when. The most severe first: this list is about safety.
 */
export async function listAllergies(db: Db, actor: Actor, subject: string, now = new Date()) {
  return withAccess(
    db,
    actor,
    { subject, category: "ALLERGIES", action: "READ" },
    async (tx, access) => {
      const rows = await tx.allergyIntolerance.findMany({
        where: { personId: access.subject.id, ...recordItemWhere(access) },
        select: {
          id: true,
          kind: true,
          substance: true,
          atcCode: true,
          reaction: true,
          severity: true,
          verified: true,
          recordedAt: true,
          ...recordItemSelect,
          recordedBy: { select: { givenName: true, familyName: true, profession: true } },
        },
        orderBy: [{ recordedAt: "desc" }, { id: "asc" }],
      });
      return rows
        .filter((r) => isRecordItemVisible(access.items, r))
        .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
        .map((r) => ({
          id: r.id,
          kind: r.kind,
          substance: r.substance,
          atcCode: r.atcCode,
          reaction: r.reaction,
          severity: r.severity,
          verified: r.verified,
          recordedAt: r.recordedAt,
          place: placeName(r.unit),
          recordedBy: clinicianName(r.recordedBy),
          hiddenFromGuardians: r.hiddenFromGuardians,
        }));
    },
    { now },
  );
}

export type AllergyView = Awaited<ReturnType<typeof listAllergies>>[number];
