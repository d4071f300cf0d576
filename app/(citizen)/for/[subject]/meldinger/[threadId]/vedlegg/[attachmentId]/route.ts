import { attachmentResponse } from "@/components/messages/attachment-response";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { readAttachmentAsCitizen } from "@/lib/messages/read-attachment";

type Params = Promise<{ subject: string; threadId: string; attachmentId: string }>;

/** An attachment, only through the access gate, always as a download. */
export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const { subject, threadId, attachmentId } = await params;
  const actor = await requireActor("CITIZEN");
  return attachmentResponse([threadId, attachmentId], () =>
    readAttachmentAsCitizen(getDb(), actor, { subject, threadId, attachmentId }),
  );
}
