import { inTransaction, type DbOrTx, type Prisma } from "@/lib/db/client";
import { enqueueNotification } from "@/lib/notifications/enqueue-notification";
import type { LabInterpretation, LabObservationStatus } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/ids/uuid";

/**
 * The laboratory's later message about one result: the preliminary result made final, or a final
 * result corrected. The value fields replace the old ones whole (what the lab sends is the result).
 */
export type LabRevision = {
  observationId: string;
  status: "FINAL" | "CORRECTED";
  valueQuantity: Prisma.Decimal | number | string | null;
  valueText: string | null;
  unit: string | null;
  referenceLow: Prisma.Decimal | number | string | null;
  referenceHigh: Prisma.Decimal | number | string | null;
  referenceText: string | null;
  interpretation: LabInterpretation | null;
  issuedAt: Date;
};

export type RevisionRefusal =
  /** No result with this id. */
  | "unknown_result"
  /** FINAL for a result that is already final: a change of a final result is a correction. */
  | "already_final"
  /** CORRECTED for a preliminary result: it is made final first. */
  | "not_final_yet";

export class LabRevisionRefusedError extends Error {
  constructor(readonly reason: RevisionRefusal) {
    super(`lab result revision refused: ${reason}`);
    this.name = "LabRevisionRefusedError";
  }
}

type Current = {
  status: LabObservationStatus;
  value_quantity: string | null;
  value_text: string | null;
  unit: string | null;
  reference_low: string | null;
  reference_high: string | null;
  reference_text: string | null;
  interpretation: LabInterpretation | null;
  issued_at: Date | null;
  final_at: Date | null;
  person_id: string;
  /** The patient was told the result was there ("nye prøvesvar"). */
  noticed: boolean;
};

const ALLOWED: Record<
  LabRevision["status"],
  { from: LabObservationStatus[]; or: RevisionRefusal }
> = {
  FINAL: { from: ["PRELIMINARY"], or: "already_final" },
  CORRECTED: { from: ["FINAL", "CORRECTED"], or: "not_final_yet" },
};

/**
 * Applies the lab's revision (the lab feed's entry point beside `receiveLabResults`). The result's
 * row is locked, what it was is kept in `lab_observation_revision` (append-only for the app's role),
 * and the new value takes its place, in one transaction: two revisions of one result take turns,
 * and each keeps what the one before it left.
 *
 * What the patient sees follows from the result's own release state, unchanged:
 * - made final: `final_at` is set now, so an IMMEDIATE result shows and the 14-day net starts;
 * - corrected: `final_at` and any release stay as they were. A result the patient could see shows
 *   the corrected value at once, marked "Rettet svar" with the time; one still waiting keeps waiting
 *   for the clinician (or the net), who then sees the corrected value in the work list.
 * A patient who was told of the first value ("nye prøvesvar") gets a notification that a result was
 * corrected, naming nothing of it. No gate or access log: nobody is shown anything here.
 */
export async function reviseLabResult(
  db: DbOrTx,
  revision: LabRevision,
  now: Date = new Date(),
): Promise<{ from: LabObservationStatus; to: LabObservationStatus }> {
  if (!isUuid(revision.observationId)) throw new LabRevisionRefusedError("unknown_result");
  const work = async (tx: Prisma.TransactionClient) => {
    const [current] = await tx.$queryRaw<Current[]>`
      SELECT status::text AS status, value_quantity::text AS value_quantity, value_text, unit,
             reference_low::text AS reference_low, reference_high::text AS reference_high,
             reference_text, interpretation::text AS interpretation, issued_at, final_at,
             person_id::text AS person_id,
             EXISTS (SELECT 1 FROM lab_result_notice n WHERE n.observation_id = lab_observation.id) AS noticed
        FROM lab_observation
       WHERE id = ${revision.observationId}::uuid
         FOR NO KEY UPDATE`;
    if (!current) throw new LabRevisionRefusedError("unknown_result");
    const rule = ALLOWED[revision.status];
    if (!rule.from.includes(current.status)) throw new LabRevisionRefusedError(rule.or);

    const kept = await tx.labObservationRevision.create({
      data: {
        observationId: revision.observationId,
        fromStatus: current.status,
        toStatus: revision.status,
        previousValueQuantity: current.value_quantity,
        previousValueText: current.value_text,
        previousUnit: current.unit,
        previousReferenceLow: current.reference_low,
        previousReferenceHigh: current.reference_high,
        previousReferenceText: current.reference_text,
        previousInterpretation: current.interpretation,
        previousIssuedAt: current.issued_at,
        revisedAt: now,
      },
      select: { id: true },
    });
    // Told of the first value, the patient is told of the correction, in the same transaction
    // (outbox). A result not yet noticed is announced by the sweep when it shows, corrected.
    if (revision.status === "CORRECTED" && current.noticed)
      await enqueueNotification(tx, {
        personId: current.person_id,
        template: "lab_result_corrected",
        changeKey: `lab-result-corrected:${kept.id}`,
      });
    await tx.labObservation.update({
      where: { id: revision.observationId },
      data: {
        status: revision.status,
        valueQuantity: revision.valueQuantity,
        valueText: revision.valueText,
        unit: revision.unit,
        referenceLow: revision.referenceLow,
        referenceHigh: revision.referenceHigh,
        referenceText: revision.referenceText,
        interpretation: revision.interpretation,
        issuedAt: revision.issuedAt,
        finalAt: current.final_at ?? now,
      },
      select: { id: true },
    });
    return { from: current.status, to: revision.status };
  };
  return inTransaction(db, work);
}
