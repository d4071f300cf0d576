// The shape every FHIR export mapper shares (lib/record/export/types.ts): read, let the domain's item
// rule decide each row, map what it shows. The export is the person's own, so with real data the
// rule rarely hides a row; this holds the helper to it with rows the rule refuses.
import type { Basic } from "@medplum/fhirtypes";
import { describe, expect, it } from "vitest";
import type { Access } from "@/lib/access/gate";
import type { ItemView } from "@/lib/access/item-visibility";
import type { Tx } from "@/lib/db/client";
import { exportMapper, type ExportContext } from "@/lib/record/export/types";

const view: ItemView = {
  actorKind: "CITIZEN",
  basis: "SELF",
  subjectId: "subject",
  subjectAge: 40,
  scope: null,
  now: new Date("2026-06-15T10:00:00Z"),
};
const access = { items: view } as unknown as Access;
const tx = {} as Tx;
const ctx: ExportContext = {
  now: view.now,
  patient: { reference: "Patient/subject", display: "Kari Nordmann" },
  origin: "",
};
const rows = [
  { id: "a", hidden: false },
  { id: "b", hidden: true },
  { id: "c", hidden: false },
];
const toResource = (row: { id: string }, c: ExportContext): Basic => ({
  resourceType: "Basic",
  id: row.id,
  code: { text: "test" },
  subject: c.patient,
});

describe("exportMapper", () => {
  it("maps only the rows the item rule shows, in the order read, with the access's item view", async () => {
    const seen: ItemView[] = [];
    const mapper = exportMapper({
      category: "ALLERGIES",
      resourceTypes: ["Basic"],
      read: async (_tx, a, c) => {
        expect(a).toBe(access);
        expect(c).toBe(ctx);
        return rows;
      },
      shows: (v, row) => {
        seen.push(v);
        return !row.hidden;
      },
      toResource,
    });
    const resources = await mapper.load(tx, access, ctx);
    expect(resources.map((r) => r.id)).toEqual(["a", "c"]);
    expect(resources[0]?.subject).toEqual(ctx.patient);
    expect(seen).toEqual([view, view, view]);
    expect(mapper).toMatchObject({ category: "ALLERGIES", resourceTypes: ["Basic"] });
  });

  it("without a rule, maps every row read", async () => {
    const mapper = exportMapper({
      category: "MEDICATIONS",
      resourceTypes: ["Basic"],
      read: async () => rows,
      toResource,
    });
    expect((await mapper.load(tx, access, ctx)).map((r) => r.id)).toEqual(["a", "b", "c"]);
  });
});
