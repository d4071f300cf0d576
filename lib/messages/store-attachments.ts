import type { Tx } from "@/lib/db/client";

/** An attachment already checked and cleaned (type sniffed from the bytes, images re-encoded). */
export type CleanAttachment = {
  fileName: string;
  contentType: string;
  bytes: Uint8Array<ArrayBuffer>;
};

export async function storeAttachments(
  tx: Tx,
  messageId: string,
  attachments: readonly CleanAttachment[],
): Promise<void> {
  await tx.messageAttachment.createMany({
    data: attachments.map((a) => ({
      messageId,
      fileName: a.fileName,
      contentType: a.contentType,
      size: a.bytes.byteLength,
      bytes: a.bytes,
    })),
  });
}
