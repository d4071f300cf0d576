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
 * The documents clinicians sent the subject (category DOCUMENTS): title, kind, who sent it, when and
 * how large, newest first. The bytes are not read here; read-document.ts serves one file.
 */
export async function listDocuments(db: Db, actor: Actor, subject: string, now = new Date()) {
  return withAccess(
    db,
    actor,
    { subject, category: "DOCUMENTS", action: "READ" },
    async (tx, access) => {
      const rows = await tx.clinicalDocument.findMany({
        where: { personId: access.subject.id, ...recordItemWhere(access) },
        select: {
          id: true,
          kind: true,
          title: true,
          fileName: true,
          size: true,
          sentAt: true,
          ...recordItemSelect,
          sentBy: { select: { givenName: true, familyName: true, profession: true } },
        },
        orderBy: [{ sentAt: "desc" }, { id: "asc" }],
      });
      return rows
        .filter((r) => isRecordItemVisible(access.items, r))
        .map((r) => ({
          id: r.id,
          kind: r.kind,
          title: r.title,
          fileName: r.fileName,
          size: r.size,
          sentAt: r.sentAt,
          place: placeName(r.unit),
          sentBy: clinicianName(r.sentBy),
          hiddenFromGuardians: r.hiddenFromGuardians,
        }));
    },
    { now },
  );
}

export type DocumentView = Awaited<ReturnType<typeof listDocuments>>[number];
