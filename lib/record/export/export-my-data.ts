import type { Bundle, Resource } from "@medplum/fhirtypes";
import type { Actor } from "@/lib/access/actor";
import { AccessDeniedError } from "@/lib/access/errors";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { EXPORT_MAPPERS } from "./mappers";
import { EXPORT_ITEM_TYPE } from "./item-type";
import type { ExportMapper } from "./types";

export { EXPORT_ITEM_TYPE };

/**
 * "Last ned mine data": the person's own record as a FHIR R4 Bundle (type "collection"). Only the
 * person themself (docs/decisions/0008-own-page-and-fhir-export.md): a proxy or parent gets "not found". Each
 * category goes through the gate on its own, so each read is decided and logged as that category
 * (one entry per category, item "fhir_export"); a constant number of statements per category,
 * whatever the size of the record.
 */
export async function exportMyData(
  db: Db,
  actor: Actor,
  subject: string,
  opts: { now?: Date; origin?: string; mappers?: readonly ExportMapper[] } = {},
): Promise<Bundle> {
  const now = opts.now ?? new Date();
  const resources: Resource[] = [];
  let patient: { reference: string; display: string } | null = null;
  for (const mapper of opts.mappers ?? EXPORT_MAPPERS) {
    const found = await withAccess(
      db,
      actor,
      { subject, category: mapper.category, action: "READ" },
      async (tx, access) => {
        if (access.basis !== "SELF") throw new AccessDeniedError("own_export_only");
        access.item(EXPORT_ITEM_TYPE, access.subject.id);
        patient ??= {
          reference: `Patient/${access.subject.id}`,
          display: `${access.subject.givenName} ${access.subject.familyName}`,
        };
        return mapper.load(tx, access, { now, patient, origin: opts.origin ?? "" });
      },
      { now },
    );
    resources.push(...found);
  }
  return {
    resourceType: "Bundle",
    type: "collection",
    timestamp: now.toISOString(),
    entry: resources.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}
