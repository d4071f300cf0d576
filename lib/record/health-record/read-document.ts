import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { isRecordItemVisible, recordItemSelect, recordItemWhere } from "./record-items";

export type DocumentFile = { fileName: string; contentType: string; bytes: Uint8Array };

/**
 * One document's file, through the DOCUMENTS gate, logged with the document's id. Another person's
 * document, or one the item rule hides from this access, is "not found".
 */
export async function readDocument(
  db: Db,
  actor: Actor,
  subject: string,
  documentId: string,
  now = new Date(),
): Promise<DocumentFile> {
  return withAccess(
    db,
    actor,
    { subject, category: "DOCUMENTS", action: "READ" },
    async (tx, access) => {
      const row = await tx.clinicalDocument.findFirst({
        where: { id: documentId, personId: access.subject.id, ...recordItemWhere(access) },
        select: { id: true, fileName: true, contentType: true, bytes: true, ...recordItemSelect },
      });
      if (!row || !isRecordItemVisible(access.items, row))
        throw new NotFoundError("clinical_document");
      access.item("clinical_document", row.id);
      return { fileName: row.fileName, contentType: row.contentType, bytes: row.bytes };
    },
    { now },
  );
}
