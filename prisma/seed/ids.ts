import { createHash } from "node:crypto";

/**
 * Fixed namespace for seeded ids (invented). Changing it changes every seeded id, and with it the
 * ids that tests and documentation name, so it never changes.
 */
const SEED_NAMESPACE = "3f6c2a1e-8b4d-4c7a-9e15-5d0b7f2a6c93";

const namespaceBytes = Buffer.from(SEED_NAMESPACE.replace(/-/g, ""), "hex");

/** A name-based UUID (RFC 9562 version 5, SHA-1) for a seed key: same key, same id, every run. */
export function seedId(key: string): string {
  const hash = createHash("sha1").update(namespaceBytes).update(key, "utf8").digest();
  const b = hash.subarray(0, 16);
  b[6] = ((b[6] ?? 0) & 0x0f) | 0x50; // version 5
  b[8] = ((b[8] ?? 0) & 0x3f) | 0x80; // RFC variant
  const hex = b.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A 32-bit seed derived from a key, so each household draws the same values whatever runs before it. */
export function hashSeed(key: string): number {
  return createHash("sha1").update(key, "utf8").digest().readUInt32BE(0);
}

/** Small, fast deterministic PRNG (mulberry32) for bulk decisions where faker would be overkill. */
export function prng(key: string): () => number {
  let state = hashSeed(key);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Ids for the many rows of one family (say one person's lab results): one name-based hash for the
 * family's key, then row `n` (0-65535) is that UUID with version 8 (RFC 9562's custom version) and
 * `n` XORed into its last 16 bits. Same key and n, same id, every run; unique within the family by
 * construction, and never equal to a seedId() (version 5). Two families' ids could meet only if
 * their hashes agreed in the other 106 bits. A SHA-1 per row cost seconds per million rows.
 */
export function seedIdFamily(key: string): (n: number) => string {
  const base = seedId(key);
  const head = `${base.slice(0, 14)}8${base.slice(15, 32)}`;
  const tail = Number.parseInt(base.slice(32), 16);
  return (n) => {
    if (!Number.isInteger(n) || n < 0 || n > 0xffff)
      throw new RangeError(`row number must be 0-65535, got ${n}`);
    return `${head}${((tail ^ n) >>> 0).toString(16).padStart(4, "0")}`;
  };
}
