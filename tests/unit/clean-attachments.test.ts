import sharp from "sharp";
import { describe, expect, it } from "vitest";
import {
  AttachmentRejectedError,
  cleanAttachments,
  MAX_IMAGE_SIDE,
} from "@/lib/messages/clean-attachments";

async function jpegWithGps(width: number, height: number): Promise<Uint8Array> {
  const buffer = await sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 100, b: 50 } },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: "Testkamera" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "63/1 25/1 0/1" },
    })
    .toBuffer();
  return new Uint8Array(buffer);
}

const file = (bytes: Uint8Array | string, name: string, type = "") =>
  new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });

describe("attachments", () => {
  it("re-encodes a photo: EXIF and GPS gone, longest side capped", async () => {
    const original = await jpegWithGps(3000, 1000);
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const [clean] = await cleanAttachments([file(original, "../../IMG_0001.JPG", "image/jpeg")]);
    expect(clean!.contentType).toBe("image/jpeg");
    expect(clean!.fileName).toBe("IMG_0001.jpg");
    const meta = await sharp(clean!.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(MAX_IMAGE_SIDE);
  });

  it("decides the type from the bytes: a script named .jpg is refused, a PDF named .txt is a PDF", async () => {
    await expect(
      cleanAttachments([file("#!/bin/sh\necho hei", "bilde.jpg", "image/jpeg")]),
    ).rejects.toMatchObject({ problem: "type" });
    const pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n";
    const [clean] = await cleanAttachments([file(pdf, "notat.txt", "text/plain")]);
    expect(clean!.contentType).toBe("application/pdf");
    expect(clean!.fileName).toBe("notat.pdf");
  });

  it("refuses more than five files and files over 10 MB", async () => {
    const small = await jpegWithGps(10, 10);
    await expect(
      cleanAttachments(Array.from({ length: 6 }, (_, i) => file(small, `${i}.jpg`))),
    ).rejects.toBeInstanceOf(AttachmentRejectedError);
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(small);
    await expect(cleanAttachments([file(big, "stor.jpg")])).rejects.toMatchObject({
      problem: "size",
    });
  });

  it("ignores the empty file part a form sends when nothing was chosen, whatever name the decoder gave it", async () => {
    expect(await cleanAttachments([new File([], "")])).toEqual([]);
    expect(await cleanAttachments([new File([], "blob")])).toEqual([]);
  });
});
