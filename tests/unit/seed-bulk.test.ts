// The seed's bulk path: COPY text encoding and the per-family ids that replace a hash per row.
import { describe, expect, it } from "vitest";
import { copyLine } from "@/prisma/seed/bulk-copy";
import type { BulkColumn } from "@/prisma/seed/bulk-insert";
import { seedId, seedIdFamily } from "@/prisma/seed/ids";

type Row = { id: string; note: string | null; n: number | null; ok: boolean; at: Date; day: Date };
const COLUMNS: readonly BulkColumn<Row>[] = [
  { name: "id", type: "uuid", value: (r) => r.id },
  { name: "note", type: "text", value: (r) => r.note },
  { name: "n", type: "numeric", value: (r) => r.n },
  { name: "ok", type: "boolean", value: (r) => r.ok },
  { name: "at", type: "timestamptz", value: (r) => r.at },
  { name: "day", type: "date", value: (r) => r.day },
];

describe("COPY text lines", () => {
  const at = new Date("2026-03-29T01:30:00.250Z");
  it("writes tabs between fields, \\N for null, t/f, ISO instants and calendar dates", () => {
    expect(
      copyLine(COLUMNS, {
        id: "a",
        note: null,
        n: 4.25,
        ok: true,
        at,
        day: new Date("2026-03-29T00:00:00Z"),
      }),
    ).toBe("a\t\\N\t4.25\tt\t2026-03-29T01:30:00.250Z\t2026-03-29\n");
    expect(copyLine(COLUMNS, { id: "a", note: "", n: null, ok: false, at, day: at })).toBe(
      "a\t\t\\N\tf\t2026-03-29T01:30:00.250Z\t2026-03-29\n",
    );
  });

  it("escapes backslash, tab, newline and carriage return so a field never breaks the row", () => {
    const line = copyLine(COLUMNS, {
      id: "a",
      note: "C:\\x\tøl\r\nny linje \\N",
      n: 1,
      ok: true,
      at,
      day: at,
    });
    expect(line).toBe(
      "a\tC:\\\\x\\tøl\\r\\nny linje \\\\N\t1\tt\t2026-03-29T01:30:00.250Z\t2026-03-29\n",
    );
    expect(line.split("\t")).toHaveLength(COLUMNS.length);
    expect(line.indexOf("\n")).toBe(line.length - 1);
  });

  it("refuses a number COPY would not read back", () => {
    expect(() =>
      copyLine(COLUMNS, { id: "a", note: null, n: Number.NaN, ok: true, at, day: at }),
    ).toThrow(RangeError);
  });
});

describe("seedIdFamily", () => {
  it("gives the same ids for the same key and row, distinct ids within a family, never a seedId", () => {
    const a = seedIdFamily("lab:person:x:0");
    const again = seedIdFamily("lab:person:x:0");
    const ids = Array.from({ length: 400 }, (_, n) => a(n));
    expect(new Set(ids).size).toBe(400);
    expect(ids.map((_, n) => again(n))).toEqual(ids);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids).not.toContain(seedId("lab:person:x:0"));
    const b = seedIdFamily("lab:person:y:0");
    expect(ids.filter((id) => id === b(0))).toEqual([]);
  });

  it("refuses a row number outside 16 bits", () => {
    expect(() => seedIdFamily("k")(65_536)).toThrow(RangeError);
    expect(() => seedIdFamily("k")(-1)).toThrow(RangeError);
  });
});
