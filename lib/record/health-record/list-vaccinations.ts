import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { isRecordItemVisible, placeName, recordItemSelect, recordItemWhere } from "./record-items";

/**
 * The subject's vaccines (category VACCINES), as the national vaccine register (SYSVAK) records
 * them: vaccine and ATC code, the day, the dose number and where it was given. Newest first. A
 * parent of a 12–15-year-old sees these (PARENTAL_LIMITED_CATEGORIES), except single items hidden.
 */
export async function listVaccinations(db: Db, actor: Actor, subject: string, now = new Date()) {
  return withAccess(
    db,
    actor,
    { subject, category: "VACCINES", action: "READ" },
    async (tx, access) => {
      const rows = await tx.vaccination.findMany({
        where: { personId: access.subject.id, ...recordItemWhere(access) },
        select: {
          id: true,
          vaccineName: true,
          atcCode: true,
          disease: true,
          doseNumber: true,
          givenOn: true,
          ...recordItemSelect,
        },
        orderBy: [{ givenOn: "desc" }, { vaccineName: "asc" }, { id: "asc" }],
      });
      return rows
        .filter((r) => isRecordItemVisible(access.items, r))
        .map((r) => ({
          id: r.id,
          vaccineName: r.vaccineName,
          atcCode: r.atcCode,
          disease: r.disease,
          doseNumber: r.doseNumber,
          givenOn: r.givenOn,
          place: placeName(r.unit),
          hiddenFromGuardians: r.hiddenFromGuardians,
        }));
    },
    { now },
  );
}

export type VaccinationView = Awaited<ReturnType<typeof listVaccinations>>[number];
