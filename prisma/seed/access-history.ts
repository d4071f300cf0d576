import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAccessLogHistory } from "@/lib/access/log-history";
import type { SeedStep } from "./context";
import { DEMO_PERSON_IDS } from "./demo-people";
import { UNIT_IDS } from "./organisations";

const HOUR = 3_600_000;

/**
 * A short access history for the demo people, so their Innsynslogg shows what it is for: the GP who
 * wrote up each past visit read the appointments and the notes (care relation), and one emergency
 * access at the emergency ward (Per Hansen). The database's trigger chains the entries as for any other.
 */
export const accessHistoryStep: SeedStep = {
  name: "access history",
  async run(db, ctx) {
    const demoIds = Object.values(DEMO_PERSON_IDS);
    const notes = await db.clinicalNote.findMany({
      where: { personId: { in: demoIds }, author: { isNot: null } },
      orderBy: { writtenAt: "asc" },
      select: {
        id: true,
        personId: true,
        writtenAt: true,
        appointmentId: true,
        author: { select: { id: true, givenName: true, familyName: true, profession: true } },
        unit: { select: { name: true, organisation: { select: { name: true } } } },
      },
    });
    const entries: (Prisma.AccessLogEntryCreateManyInput & { occurredAt: Date })[] = [];
    for (const n of notes) {
      const actor = {
        actorKind: "CLINICIAN" as const,
        actorClinicianId: n.author!.id,
        actorName: `${n.author!.givenName} ${n.author!.familyName}`,
        actorRole: n.author!.profession,
        actorOrganisation: n.unit.organisation.name,
        actorUnit: n.unit.name,
        basis: "CARE_RELATION" as const,
        action: "READ" as const,
      };
      entries.push(
        {
          ...actor,
          personId: n.personId,
          occurredAt: new Date(n.writtenAt.getTime() - 2 * HOUR),
          category: "APPOINTMENTS",
          itemType: "appointment",
          itemId: n.appointmentId,
        },
        {
          ...actor,
          personId: n.personId,
          occurredAt: n.writtenAt,
          category: "NOTES",
          itemType: "clinical_note",
          itemId: n.id,
        },
      );
    }

    const ward = await db.unit.findUniqueOrThrow({
      where: { id: UNIT_IDS.emergencyWard },
      select: {
        name: true,
        organisation: { select: { name: true } },
        memberships: {
          where: { role: "LEAD" },
          select: {
            clinician: {
              select: { id: true, givenName: true, familyName: true, profession: true },
            },
          },
          take: 1,
        },
      },
    });
    const doctor = ward.memberships[0]?.clinician;
    if (doctor) {
      const at = new Date(ctx.now.getTime() - 20 * 24 * HOUR);
      for (const category of ["MEDICATIONS", "ALLERGIES", "NOTES"] as const) {
        entries.push({
          personId: DEMO_PERSON_IDS.perHansen,
          occurredAt: new Date(at.getTime() + entries.length * 60_000),
          actorKind: "CLINICIAN",
          actorClinicianId: doctor.id,
          actorName: `${doctor.givenName} ${doctor.familyName}`,
          actorRole: doctor.profession,
          actorOrganisation: ward.organisation.name,
          actorUnit: ward.name,
          category,
          action: "READ",
          basis: "EMERGENCY",
          emergencyReason:
            "Innlagt på legevakten med brystsmerter, trengte legemiddelliste og allergier",
        });
      }
    }
    // In time order: the row trigger chains each person's entries in that order.
    entries.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
    await writeAccessLogHistory(db, entries);
    return `${entries.length} access log entries for the demo people`;
  },
};
