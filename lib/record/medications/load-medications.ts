import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { MedicationStatementStatus, RenewalRequestStatus } from "@/lib/generated/prisma/enums";

/** One row of the list query: the medication, its prescriber and unit, and its latest request. */
type Row = {
  id: string;
  name: string;
  atcCode: string;
  strength: string;
  form: string;
  dosage: string;
  instruction: string | null;
  reason: string | null;
  status: MedicationStatementStatus;
  startDate: Date;
  endDate: Date | null;
  prescriptionValidUntil: Date | null;
  dispensesAllowed: number | null;
  dispensesUsed: number;
  hiddenFromGuardians: boolean;
  prescriberGivenName: string | null;
  prescriberFamilyName: string | null;
  prescriberProfession: string | null;
  unitId: string;
  unitName: string;
  organisationName: string;
  renewalId: string | null;
  renewalStatus: RenewalRequestStatus | null;
  renewalNote: string | null;
  renewalRequestedAt: Date | null;
  renewalDecidedAt: Date | null;
  renewalDeclineReason: string | null;
  renewalNewEndDate: Date | null;
};

/**
 * A person's medications in ONE statement (Prisma would send one query per relation): prescriber,
 * unit and organisation joined, and the latest renewal request by a lateral join on its index. The
 * rows are shaped like the Prisma select in medication-view.ts, so both paths share one view.
 */
export async function loadMedicationRows(
  tx: Tx,
  personId: string,
  opts: { withHiddenFromGuardians: boolean },
) {
  const rows = await tx.$queryRaw<Row[]>(Prisma.sql`
    SELECT m.id, m.name, m.atc_code AS "atcCode", m.strength, m.form, m.dosage, m.instruction, m.reason,
           m.status::text AS status, m.start_date AS "startDate", m.end_date AS "endDate",
           m.prescription_valid_until AS "prescriptionValidUntil", m.dispenses_allowed AS "dispensesAllowed",
           m.dispenses_used AS "dispensesUsed", m.hidden_from_guardians AS "hiddenFromGuardians",
           c.given_name AS "prescriberGivenName", c.family_name AS "prescriberFamilyName", c.profession AS "prescriberProfession",
           u.id AS "unitId", u.name AS "unitName", o.name AS "organisationName",
           r.id AS "renewalId", r.status::text AS "renewalStatus", r.note AS "renewalNote",
           r.requested_at AS "renewalRequestedAt", r.decided_at AS "renewalDecidedAt",
           r.decline_reason AS "renewalDeclineReason", r.new_end_date AS "renewalNewEndDate"
      FROM medication_statement m
      JOIN unit u ON u.id = m.unit_id
      JOIN organisation o ON o.id = u.organisation_id
      LEFT JOIN clinician c ON c.id = m.prescriber_id
      LEFT JOIN LATERAL (
        SELECT * FROM medication_renewal_request q WHERE q.medication_id = m.id ORDER BY q.requested_at DESC LIMIT 1
      ) r ON true
     WHERE m.person_id = ${personId}::uuid
       AND (${opts.withHiddenFromGuardians} OR NOT m.hidden_from_guardians)
     ORDER BY m.start_date DESC, m.name`);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    atcCode: r.atcCode,
    strength: r.strength,
    form: r.form,
    dosage: r.dosage,
    instruction: r.instruction,
    reason: r.reason,
    status: r.status,
    startDate: r.startDate,
    endDate: r.endDate,
    prescriptionValidUntil: r.prescriptionValidUntil,
    dispensesAllowed: r.dispensesAllowed,
    dispensesUsed: r.dispensesUsed,
    hiddenFromGuardians: r.hiddenFromGuardians,
    prescriber:
      r.prescriberGivenName !== null
        ? {
            givenName: r.prescriberGivenName,
            familyName: r.prescriberFamilyName ?? "",
            profession: r.prescriberProfession ?? "",
          }
        : null,
    unit: { id: r.unitId, name: r.unitName, organisation: { name: r.organisationName } },
    renewalRequests:
      r.renewalId !== null && r.renewalStatus !== null && r.renewalRequestedAt !== null
        ? [
            {
              id: r.renewalId,
              status: r.renewalStatus,
              note: r.renewalNote,
              requestedAt: r.renewalRequestedAt,
              decidedAt: r.renewalDecidedAt,
              declineReason: r.renewalDeclineReason,
              newEndDate: r.renewalNewEndDate,
            },
          ]
        : [],
  }));
}
