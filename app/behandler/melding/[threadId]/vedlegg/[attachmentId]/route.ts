import { attachmentResponse } from "@/components/messages/attachment-response";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { readAttachmentAsClinician } from "@/lib/messages/read-attachment";

type Params = Promise<{ threadId: string; attachmentId: string }>;

/** An attachment for the clinician, only through the access gate, always as a download. */
export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const { threadId, attachmentId } = await params;
  const actor = await requireActor("CLINICIAN");
  return attachmentResponse([threadId, attachmentId], () =>
    readAttachmentAsClinician(getDb(), actor, { threadId, attachmentId }),
  );
}
