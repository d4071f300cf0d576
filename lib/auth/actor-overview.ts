import type { DbOrTx } from "@/lib/db/client";

/** What a clinician's start page shows about them: profession, HPR number and units. */
export async function getClinicianOverview(db: DbOrTx, clinicianId: string) {
  return db.clinician.findUnique({
    where: { id: clinicianId },
    select: {
      givenName: true,
      familyName: true,
      profession: true,
      hprNumber: true,
      memberships: {
        select: {
          role: true,
          unit: { select: { id: true, name: true, organisation: { select: { name: true } } } },
        },
        orderBy: { unit: { name: "asc" } },
      },
    },
  });
}

/** The organisations an org admin administers, with how many units each has. */
export async function getAdminOverview(db: DbOrTx, clinicianId: string) {
  return db.organisationAdmin.findMany({
    where: { clinicianId },
    select: {
      organisation: {
        select: {
          id: true,
          name: true,
          kind: true,
          orgNumber: true,
          _count: { select: { units: true } },
        },
      },
    },
    orderBy: { organisation: { name: "asc" } },
  });
}
