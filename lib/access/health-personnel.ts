import type { DbOrTx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Health personnel, as the law means it: an HPR authorisation and work in a unit. Anyone else in
 * the clinician table (advisers, office staff) may at most administer, and never reads health data.
 */

/** Memberships that count now: not ended. */
export function activeMembershipWhere(now: Date): Prisma.UnitMembershipWhereInput {
  return { OR: [{ endedAt: null }, { endedAt: { gt: now } }] };
}

/** A clinician row that is health personnel now: HPR number and at least one active membership. */
export function healthPersonnelWhere(now: Date): Prisma.ClinicianWhereInput {
  return { hprNumber: { not: null }, memberships: { some: activeMembershipWhere(now) } };
}

export function isHealthPersonnel(row: {
  hprNumber: string | null;
  activeMemberships: number;
}): boolean {
  return row.hprNumber !== null && row.hprNumber !== "" && row.activeMemberships > 0;
}

/** What decides whether a clinician may take emergency access, read from the database each time. */
export type EmergencyEligibility = {
  healthPersonnel: boolean;
  /** The clinician's profession gives emergency care (Profession.mayGiveEmergencyCare). */
  professionGivesEmergencyCare: boolean;
  /** The clinician's active units whose kind may use emergency access (UnitKindPolicy). */
  emergencyUnits: readonly { unitName: string; organisationName: string }[];
};

type EligibilityRow = {
  hpr_number: string | null;
  gives_emergency_care: boolean | null;
  active_units: number;
  unit_name: string | null;
  organisation_name: string | null;
};

/**
 * One statement: the clinician, their profession's flag and their active units whose kind allows
 * emergency access. A profession or unit kind missing from the tables counts as "no".
 */
export async function loadEmergencyEligibility(
  db: DbOrTx,
  clinicianId: string,
  now: Date,
): Promise<EmergencyEligibility> {
  const rows = await db.$queryRaw<EligibilityRow[]>`
    SELECT c.hpr_number,
           p.may_give_emergency_care AS gives_emergency_care,
           (SELECT count(*)::int FROM unit_membership m
             WHERE m.clinician_id = c.id AND (m.ended_at IS NULL OR m.ended_at > ${now})) AS active_units,
           u.name AS unit_name,
           o.name AS organisation_name
      FROM clinician c
      LEFT JOIN profession p ON p.code = c.profession
      LEFT JOIN unit_membership m ON m.clinician_id = c.id AND (m.ended_at IS NULL OR m.ended_at > ${now})
      LEFT JOIN unit u ON u.id = m.unit_id
       AND EXISTS (SELECT 1 FROM unit_kind_policy k WHERE k.kind = u.kind AND k.allows_emergency_access)
      LEFT JOIN organisation o ON o.id = u.organisation_id
     WHERE c.id = ${clinicianId}::uuid
     ORDER BY u.name NULLS LAST`;
  const first = rows[0];
  if (!first)
    return { healthPersonnel: false, professionGivesEmergencyCare: false, emergencyUnits: [] };
  return {
    healthPersonnel: isHealthPersonnel({
      hprNumber: first.hpr_number,
      activeMemberships: first.active_units,
    }),
    professionGivesEmergencyCare: first.gives_emergency_care === true,
    emergencyUnits: rows
      .filter((r) => r.unit_name !== null && r.organisation_name !== null)
      .map((r) => ({ unitName: r.unit_name!, organisationName: r.organisation_name! })),
  };
}
