import { attachmentResponse } from "@/components/messages/attachment-response";
import { requireActor } from "@/lib/access/current-actor";
import { getDb } from "@/lib/db/client";
import { readDocument } from "@/lib/record/health-record/read-document";

type Params = Promise<{ subject: string; id: string }>;

/** A document's PDF, only through the DOCUMENTS gate (logged), always as a download; else 404. */
export async function GET(_request: Request, { params }: { params: Params }): Promise<Response> {
  const { subject, id } = await params;
  const actor = await requireActor("CITIZEN");
  return attachmentResponse([id], () => readDocument(getDb(), actor, subject, id));
}
