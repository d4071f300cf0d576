import type { Resource } from "@medplum/fhirtypes";
import type { Access } from "@/lib/access/gate";
import type { ItemView } from "@/lib/access/item-visibility";
import type { Tx } from "@/lib/db/client";
import type { DataCategory } from "@/lib/generated/prisma/enums";

/** What every mapper gets besides the gate's transaction and access. */
export type ExportContext = {
  now: Date;
  /** "Patient/<id>": the subject every exported resource points at. */
  patient: { reference: string; display: string };
  /**
   * The portal's public origin ("https://helsami.example.no"), so a link in the file (a sent
   * document) still points home once the file is saved elsewhere. Without one the link is relative.
   */
  origin: string;
};

/**
 * One domain of the record as FHIR R4 resources. Each mapper reads exactly one category through the
 * gate (so the Innsynslogg shows each category the export read) and applies that domain's own item
 * rules before anything leaves the server.
 *
 * The extension point: a new domain adds a file here exporting an ExportMapper and appends it to
 * EXPORT_MAPPERS in ./mappers.ts.
 */
export type ExportMapper<R extends Resource = Resource> = {
  category: DataCategory;
  /** The resource types it produces, for the tests and the decision record. */
  resourceTypes: readonly R["resourceType"][];
  load: (tx: Tx, access: Access, ctx: ExportContext) => Promise<R[]>;
};

/**
 * A mapper as every domain writes one: read the subject's rows of the category (the query narrowed
 * by the domain's item rule as far as a query can), let the rule decide each row, map each row it
 * shows to one resource. A rule that needs more than the row and the access (lab results: the
 * person's show-at-once choices) decides in `read`.
 */
export function exportMapper<R extends Resource, Row>(spec: {
  category: DataCategory;
  resourceTypes: readonly R["resourceType"][];
  read: (tx: Tx, access: Access, ctx: ExportContext) => Promise<Row[]>;
  /** The domain's item rule for one row; without one, every row read is shown. */
  shows?: (view: ItemView, row: Row) => boolean;
  toResource: (row: Row, ctx: ExportContext) => R;
}): ExportMapper<R> {
  return {
    category: spec.category,
    resourceTypes: spec.resourceTypes,
    async load(tx, access, ctx) {
      const rows = await spec.read(tx, access, ctx);
      const shows = spec.shows;
      const shown = shows ? rows.filter((row) => shows(access.items, row)) : rows;
      return shown.map((row) => spec.toResource(row, ctx));
    },
  };
}

/** Calendar dates are stored as UTC midnight; FHIR `date` is "YYYY-MM-DD". */
export const fhirDate = (d: Date) => d.toISOString().slice(0, 10);
export const fhirInstant = (d: Date) => d.toISOString();
