import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import { isMedicationVisible } from "@/lib/access/medication-visibility";
import type { Db } from "@/lib/db/client";
import { loadMedicationRows } from "./load-medications";
import { toMedicationView } from "./medication-view";

/**
 * The subject's medication list (category MEDICATIONS): current medications by name, earlier ones
 * newest first, each with its latest renewal request. One gate pass, one log entry, and a fixed
 * number of statements however long the list is.
 */
export async function listMedications(db: Db, actor: Actor, subject: string, now = new Date()) {
  return withAccess(
    db,
    actor,
    { subject, category: "MEDICATIONS", action: "READ" },
    async (tx, access) => {
      const rows = await loadMedicationRows(tx, access.subject.id, {
        withHiddenFromGuardians: isMedicationVisible(access, { hiddenFromGuardians: true }),
      });
      const all = rows.map((row) => toMedicationView(row, now));
      return {
        current: all.filter((m) => m.current).sort((a, b) => a.name.localeCompare(b.name, "nb")),
        earlier: all
          .filter((m) => !m.current)
          .sort(
            (a, b) => (b.endDate ?? b.startDate).getTime() - (a.endDate ?? a.startDate).getTime(),
          ),
      };
    },
    { now },
  );
}

export type MedicationList = Awaited<ReturnType<typeof listMedications>>;
