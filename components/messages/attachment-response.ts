import "server-only";
import { isNotFound } from "@/lib/access/errors";
import type { AttachmentFile } from "@/lib/messages/read-attachment";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Serves an attachment as a download with the type sniffed when it was stored, never inline:
 * a file can then not run as a page of ours whatever its bytes are. Refusals are a plain 404.
 */
export async function attachmentResponse(
  ids: readonly string[],
  read: () => Promise<AttachmentFile>,
): Promise<Response> {
  if (!ids.every((id) => UUID.test(id))) return new Response("Not found", { status: 404 });
  try {
    const file = await read();
    return new Response(new Uint8Array(file.bytes), {
      headers: {
        "Content-Type": file.contentType,
        "Content-Length": String(file.bytes.byteLength),
        "Content-Disposition": `attachment; filename="${file.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/"/g, "")}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (isNotFound(error)) return new Response("Not found", { status: 404 });
    throw error;
  }
}
