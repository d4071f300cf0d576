import type { Access } from "@/lib/access/gate";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClinicalNoteKind, UnitKind } from "@/lib/generated/prisma/enums";
import type { Cursor } from "@/lib/messages/cursor";

type Row = {
  rowKind: "note" | "unit";
  id: string;
  kind: ClinicalNoteKind | null;
  title: string | null;
  writtenAt: Date | null;
  visibleToPatientFrom: Date | null;
  hiddenFromGuardians: boolean | null;
  unitId: string;
  unitName: string;
  unitKind: UnitKind;
  organisationId: string;
  organisationName: string;
  authorGivenName: string | null;
  authorFamilyName: string | null;
  authorProfession: string | null;
};

/**
 * One page of a person's notes and the units any of their visible notes come from, in ONE
 * statement (a page must stay within six statements with the gate's own). The "visible" condition
 * is the SQL form of visibleNoteWhere (note-visibility.ts); the item rule still decides each row.
 */
export async function loadNotePage(
  tx: Tx,
  access: Access,
  opts: {
    now: Date;
    unitId: string | null;
    kind: ClinicalNoteKind | null;
    cursor: Cursor | null;
    take: number;
  },
) {
  const view = access.items;
  const visible =
    view.actorKind === "CLINICIAN"
      ? view.scope === null
        ? Prisma.sql`true`
        : Prisma.sql`(n.unit_id = ANY(${[...view.scope.unitIds]}::uuid[]) OR u.organisation_id = ANY(${[...view.scope.organisationIds]}::uuid[]))`
      : Prisma.sql`(n.visible_to_patient_from <= ${opts.now} AND (${view.basis !== "PARENTAL"} OR NOT n.hidden_from_guardians))`;
  const rows = await tx.$queryRaw<Row[]>(Prisma.sql`
    WITH visible AS (
      SELECT n.id, n.kind, n.title, n.written_at, n.visible_to_patient_from, n.hidden_from_guardians, n.unit_id, n.author_id
        FROM clinical_note n JOIN unit u ON u.id = n.unit_id
       WHERE n.person_id = ${access.subject.id}::uuid AND ${visible}
    ), page AS (
      SELECT * FROM visible v
       WHERE (${opts.unitId}::uuid IS NULL OR v.unit_id = ${opts.unitId}::uuid)
         AND (${opts.kind}::text IS NULL OR v.kind::text = ${opts.kind}::text)
         AND (${opts.cursor?.at ?? null}::timestamptz IS NULL
              OR v.written_at < ${opts.cursor?.at ?? null}::timestamptz
              OR (v.written_at = ${opts.cursor?.at ?? null}::timestamptz AND v.id < ${opts.cursor?.id ?? null}::uuid))
       ORDER BY v.written_at DESC, v.id DESC
       LIMIT ${opts.take}
    )
    SELECT * FROM (
      SELECT 'note' AS "rowKind", p.id, p.kind::text AS kind, p.title, p.written_at AS "writtenAt",
             p.visible_to_patient_from AS "visibleToPatientFrom", p.hidden_from_guardians AS "hiddenFromGuardians",
             u.id AS "unitId", u.name AS "unitName", u.kind::text AS "unitKind", o.id AS "organisationId", o.name AS "organisationName",
             c.given_name AS "authorGivenName", c.family_name AS "authorFamilyName", c.profession AS "authorProfession"
        FROM page p JOIN unit u ON u.id = p.unit_id JOIN organisation o ON o.id = u.organisation_id
        LEFT JOIN clinician c ON c.id = p.author_id
      UNION ALL
      SELECT 'unit', u.id, NULL, NULL, NULL, NULL, NULL, u.id, u.name, u.kind::text, o.id, o.name, NULL, NULL, NULL
        FROM unit u JOIN organisation o ON o.id = u.organisation_id
       WHERE u.id IN (SELECT unit_id FROM visible)
    ) r
    ORDER BY r."rowKind", r."writtenAt" DESC NULLS LAST, r.id DESC, r."unitName"`);
  const notes = rows
    .filter((r) => r.rowKind === "note")
    .map((r) => ({
      id: r.id,
      kind: r.kind!,
      title: r.title!,
      writtenAt: r.writtenAt!,
      unitId: r.unitId,
      visibleToPatientFrom: r.visibleToPatientFrom,
      hiddenFromGuardians: r.hiddenFromGuardians!,
      unit: {
        name: r.unitName,
        kind: r.unitKind,
        organisationId: r.organisationId,
        organisation: { name: r.organisationName },
      },
      author:
        r.authorGivenName !== null
          ? {
              givenName: r.authorGivenName,
              familyName: r.authorFamilyName ?? "",
              profession: r.authorProfession ?? "",
            }
          : null,
    }));
  const units = rows
    .filter((r) => r.rowKind === "unit")
    .map((r) => ({ id: r.unitId, name: r.unitName, organisation: { name: r.organisationName } }))
    .sort((a, b) => a.name.localeCompare(b.name, "nb"));
  return { notes, units };
}
