import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import type { CleanAttachment } from "./store-attachments";

export const MAX_ATTACHMENTS = 5;
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Photos are scaled down to this on their longest side: enough to see, small to store. */
export const MAX_IMAGE_SIDE = 2048;

const ALLOWED = new Set(["image/jpeg", "image/png", "application/pdf"]);

export type AttachmentProblem = "type" | "size" | "count";

export class AttachmentRejectedError extends Error {
  constructor(readonly problem: AttachmentProblem) {
    super(`attachment rejected: ${problem}`);
    this.name = "AttachmentRejectedError";
  }
}

/** A file name safe to offer back in Content-Disposition: no paths, no control characters. */
function safeName(name: string, ext: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  const cleaned = base
    .replace(/[^\p{L}\p{N} ._()-]/gu, "_")
    .replace(/\.[^.]*$/, "")
    .slice(0, 80)
    .trim();
  return `${cleaned || "vedlegg"}.${ext}`;
}

/**
 * Checks uploaded files before anything is stored: at most five, each at most 10 MB, and the type
 * decided from the bytes (never the name or the browser's claim). Images are re-encoded, which
 * drops EXIF (GPS position included), honours the orientation and caps the longest side.
 */
export async function cleanAttachments(files: readonly File[]): Promise<CleanAttachment[]> {
  // An empty file input still sends a part: with JavaScript the action decoder names it, so size
  // decides. A file with no bytes has nothing to store either way.
  const real = files.filter((f) => f.size > 0);
  if (real.length > MAX_ATTACHMENTS) throw new AttachmentRejectedError("count");
  const cleaned: CleanAttachment[] = [];
  for (const file of real) {
    if (file.size > MAX_ATTACHMENT_BYTES) throw new AttachmentRejectedError("size");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sniffed = await fileTypeFromBuffer(bytes);
    if (!sniffed || !ALLOWED.has(sniffed.mime)) {
      // What the bytes were, never what they said: enough to tell a bug from a disguised file.
      console.warn(
        `attachment refused: ${bytes.byteLength} bytes sniffed as ${sniffed?.mime ?? "unknown"}`,
      );
      throw new AttachmentRejectedError("type");
    }
    if (sniffed.mime === "application/pdf") {
      cleaned.push({ fileName: safeName(file.name, "pdf"), contentType: sniffed.mime, bytes });
      continue;
    }
    let output: Buffer;
    try {
      const image = sharp(bytes, { limitInputPixels: 64_000_000 }).rotate().resize({
        width: MAX_IMAGE_SIDE,
        height: MAX_IMAGE_SIDE,
        fit: "inside",
        withoutEnlargement: true,
      });
      output =
        sniffed.mime === "image/png"
          ? await image.png().toBuffer()
          : await image.jpeg({ quality: 85, mozjpeg: true }).toBuffer();
    } catch (error) {
      // Bytes that start like an image but do not decode are not an image.
      console.warn(
        `attachment refused: ${sniffed.mime} did not decode (${error instanceof Error ? error.message : String(error)})`,
      );
      throw new AttachmentRejectedError("type");
    }
    const ext = sniffed.mime === "image/png" ? "png" : "jpg";
    cleaned.push({
      fileName: safeName(file.name, ext),
      contentType: sniffed.mime,
      bytes: new Uint8Array(output),
    });
  }
  return cleaned;
}
