import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import {
  clinicianName,
  isRecordItemVisible,
  placeName,
  recordItemSelect,
  recordItemWhere,
} from "./record-items";

/**
 * The subject's diagnoses (category DIAGNOSES): code, code system and plain-language text, when,
 * where, active or resolved. Active first, then newest first. One gate pass, one query, one log entry.
 */
export async function listDiagnoses(db: Db, actor: Actor, subject: string, now = new Date()) {
  return withAccess(
    db,
    actor,
    { subject, category: "DIAGNOSES", action: "READ" },
    async (tx, access) => {
      const rows = await tx.diagnosis.findMany({
        where: { personId: access.subject.id, ...recordItemWhere(access) },
        select: {
          id: true,
          codeSystem: true,
          code: true,
          status: true,
          diagnosedOn: true,
          resolvedOn: true,
          ...recordItemSelect,
          diagnosisCode: { select: { textNb: true, textEn: true } },
          recordedBy: { select: { givenName: true, familyName: true, profession: true } },
        },
        orderBy: [{ diagnosedOn: "desc" }, { id: "asc" }],
      });
      const visible = rows
        .filter((r) => isRecordItemVisible(access.items, r))
        .map((r) => ({
          id: r.id,
          codeSystem: r.codeSystem,
          code: r.code,
          text: { nb: r.diagnosisCode.textNb, en: r.diagnosisCode.textEn },
          status: r.status,
          diagnosedOn: r.diagnosedOn,
          resolvedOn: r.resolvedOn,
          place: placeName(r.unit),
          recordedBy: clinicianName(r.recordedBy),
          hiddenFromGuardians: r.hiddenFromGuardians,
        }));
      return {
        active: visible.filter((d) => d.status === "ACTIVE"),
        resolved: visible.filter((d) => d.status === "RESOLVED"),
      };
    },
    { now },
  );
}

export type DiagnosisList = Awaited<ReturnType<typeof listDiagnoses>>;
export type DiagnosisView = DiagnosisList["active"][number];
