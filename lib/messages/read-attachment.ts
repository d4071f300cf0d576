import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/access/actor";
import { NotFoundError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import { asClinician, threadSubjectFor } from "./clinician-thread-access";

export type AttachmentFile = { fileName: string; contentType: string; bytes: Uint8Array };

const select = { id: true, fileName: true, contentType: true, bytes: true } as const;

/** An attachment of one of the subject's threads, for the citizen (or whoever acts for them). */
export async function readAttachmentAsCitizen(
  db: Db,
  actor: Actor,
  input: { subject: string; threadId: string; attachmentId: string },
): Promise<AttachmentFile> {
  return withAccess(
    db,
    actor,
    { subject: input.subject, category: "MESSAGES", action: "READ" },
    async (tx, access) => {
      const file = await tx.messageAttachment.findFirst({
        where: {
          id: input.attachmentId,
          message: { threadId: input.threadId, thread: { personId: access.subject.id } },
        },
        select,
      });
      if (!file) throw new NotFoundError("attachment");
      access.item("message_attachment", file.id);
      return file;
    },
  );
}

/** An attachment of a thread the clinician may see (one that has been in an inbox of theirs). */
export async function readAttachmentAsClinician(
  db: Db,
  actor: Actor,
  input: { threadId: string; attachmentId: string },
): Promise<AttachmentFile> {
  const clinician = asClinician(actor);
  const personId = await threadSubjectFor(db, clinician, input.threadId);
  return withAccess(
    db,
    clinician,
    { subject: personId, category: "MESSAGES", action: "READ" },
    async (tx, access) => {
      const file = await tx.messageAttachment.findFirst({
        where: { id: input.attachmentId, message: { threadId: input.threadId } },
        select,
      });
      if (!file) throw new NotFoundError("attachment");
      access.item("message_attachment", file.id);
      return file;
    },
  );
}
