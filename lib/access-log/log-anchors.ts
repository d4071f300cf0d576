import { createHmac, timingSafeEqual } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ChainHead } from "./verify-log";

/**
 * Anchors: the head (last seq and hash) of every person's access log chain at one moment, written
 * outside the database by `npm run audit:anchor` and signed with HMAC-SHA256 under a key the database
 * never sees (AUDIT_ANCHOR_KEY). Someone who can rewrite the database can make a chain consistent
 * again, delete its end or a whole chain, but cannot make it agree with a signed anchor.
 */
export type AnchorFile = {
  version: 1;
  createdAt: string;
  /** [personId, seq, hash], sorted by person. */
  heads: [string, number, string][];
  signature: string;
};

export class AnchorError extends Error {
  override name = "AnchorError";
}

const MIN_KEY_LENGTH = 32;

function checkedKey(key: string | undefined): string {
  if (!key || key.length < MIN_KEY_LENGTH) {
    throw new AnchorError(
      `AUDIT_ANCHOR_KEY must be set to a secret of at least ${MIN_KEY_LENGTH} characters.`,
    );
  }
  return key;
}

function signed(key: string, body: Omit<AnchorFile, "signature">): string {
  return createHmac("sha256", key)
    .update(JSON.stringify([body.version, body.createdAt, body.heads]), "utf8")
    .digest("hex");
}

export function signAnchors(
  heads: readonly ChainHead[],
  key: string | undefined,
  createdAt = new Date(),
): AnchorFile {
  const body = {
    version: 1 as const,
    createdAt: createdAt.toISOString(),
    heads: [...heads]
      .sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0))
      .map((h): [string, number, string] => [h.personId, h.seq, h.hash]),
  };
  return { ...body, signature: signed(checkedKey(key), body) };
}

/** The heads of a signed anchor file; throws AnchorError if it was altered or signed with another key. */
export function openAnchors(
  file: AnchorFile,
  key: string | undefined,
): { createdAt: Date; heads: ChainHead[] } {
  if (file?.version !== 1 || !Array.isArray(file.heads) || typeof file.signature !== "string") {
    throw new AnchorError("The anchor file is not in a known format.");
  }
  const expected = Buffer.from(signed(checkedKey(key), file), "hex");
  const given = Buffer.from(file.signature, "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new AnchorError(
      "The anchor file's signature does not match: it was altered, or signed with another key.",
    );
  }
  return {
    createdAt: new Date(file.createdAt),
    heads: file.heads.map(([personId, seq, hash]) => ({ personId, seq, hash })),
  };
}

/** Null when no anchor has been written yet. */
export async function readAnchorFile(
  file: string,
  key: string | undefined,
): Promise<{ createdAt: Date; heads: ChainHead[] } | null> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  let parsed: AnchorFile;
  try {
    parsed = JSON.parse(text) as AnchorFile;
  } catch {
    throw new AnchorError("The anchor file is not valid JSON.");
  }
  return openAnchors(parsed, key);
}

/** Replaces the anchor file in one step (write, then rename), so a reader never sees half a file. */
export async function writeAnchorFile(file: string, anchors: AnchorFile): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  await writeFile(partial, `${JSON.stringify(anchors)}\n`, { mode: 0o600 });
  await rename(partial, file);
}
