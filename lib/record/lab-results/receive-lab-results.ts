import { randomUUID } from "node:crypto";
import { inTransaction, type DbOrTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LabReleaseCategory } from "@/lib/generated/prisma/enums";

type RequisitionIn = Omit<Prisma.LabRequisitionUncheckedCreateInput, "observations" | "notices">;
type ResultIn = Omit<
  Prisma.LabObservationCreateManyInput,
  "requisitionId" | "personId" | "releaseCategory"
>;

/**
 * The release category each analysis gets when its result arrives now for a requisition of this
 * unit: its organisation's rule (set by the organisation's admin), else the region's. One statement.
 */
export async function releaseCategoriesOnArrival(
  db: DbOrTx,
  orderingUnitId: string,
  analysisCodes: readonly string[],
): Promise<Map<string, LabReleaseCategory>> {
  const rows = await db.$queryRaw<Array<{ code: string; category: LabReleaseCategory }>>`
    SELECT a.code, COALESCE(r.category, a.release_category)::text AS category
      FROM lab_analysis a
      LEFT JOIN lab_release_rule r
        ON r.analysis_code = a.code
       AND r.organisation_id = (SELECT organisation_id FROM unit WHERE id = ${orderingUnitId}::uuid)
     WHERE a.code = ANY(${[...new Set(analysisCodes)]}::text[])`;
  return new Map(rows.map((r) => [r.code, r.category]));
}

/**
 * The laboratory's result message for one requisition (the lab feed's entry point): the requisition
 * and its results are stored, each result with the release category it arrives with
 * (`releaseCategoriesOnArrival`) and keeps, so a later change of the rule neither shows a result
 * held for a conversation nor hides one the patient has seen. In one transaction; an analysis that
 * is not in the dictionary refuses the whole message. No gate or access log: nobody is shown
 * anything here, and every later read of the results is logged when it happens.
 */
export async function receiveLabResults(
  db: DbOrTx,
  message: { requisition: RequisitionIn; results: ResultIn[] },
): Promise<{ requisitionId: string; observationIds: string[] }> {
  const work = async (tx: Prisma.TransactionClient) => {
    const { requisition } = message;
    const categories = await releaseCategoriesOnArrival(
      tx,
      requisition.orderingUnitId,
      message.results.map((r) => r.analysisCode),
    );
    const created = await tx.labRequisition.create({ data: requisition, select: { id: true } });
    const rows = message.results.map((r) => {
      const releaseCategory = categories.get(r.analysisCode);
      if (!releaseCategory) throw new UnknownAnalysisError(r.analysisCode);
      const id = r.id ?? randomUUID();
      return {
        ...r,
        id,
        requisitionId: created.id,
        personId: requisition.personId,
        releaseCategory,
      };
    });
    await tx.labObservation.createMany({ data: rows });
    return { requisitionId: created.id, observationIds: rows.map((r) => r.id) };
  };
  return inTransaction(db, work);
}

/** A result message names an analysis the dictionary does not have. */
export class UnknownAnalysisError extends Error {
  constructor(readonly analysisCode: string) {
    super(`unknown analysis ${analysisCode}`);
    this.name = "UnknownAnalysisError";
  }
}
