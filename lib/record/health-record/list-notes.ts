import { z } from "zod";
import type { Actor } from "@/lib/access/actor";
import { withAccess } from "@/lib/access/gate";
import type { Db } from "@/lib/db/client";
import { ClinicalNoteKind } from "@/lib/generated/prisma/enums";
import { decodeCursor, encodeCursor } from "@/lib/messages/cursor";
import { noteVisibility } from "../note-visibility";
import { loadNotePage } from "./load-notes";
import { clinicianName, placeName } from "./record-items";

export const NOTES_PAGE_SIZE = 20;

/** The filters from the query string; anything malformed is dropped, never an error page. */
export const noteFilterSchema = z.object({
  enhet: z.uuid().optional().catch(undefined),
  type: z.enum(ClinicalNoteKind).optional().catch(undefined),
  etter: z.string().max(200).optional().catch(undefined),
});
export type NoteFilterInput = z.input<typeof noteFilterSchema>;

/**
 * The notes and visit summaries released to the subject (category NOTES), newest first, filtered
 * by unit and kind, a keyset page at a time. Also the units the subject's notes come from (the
 * filter's choices). One gate pass, one query, one log entry, whatever the number of notes.
 */
export async function listClinicalNotes(
  db: Db,
  actor: Actor,
  subject: string,
  input: Record<string, unknown>,
  now = new Date(),
) {
  const filter = noteFilterSchema.parse(input);
  const cursor = decodeCursor(filter.etter);
  // Something was asked for that is not a place, a kind or a page: say so rather than drop it silently.
  const given = (name: string) => typeof input[name] === "string" && input[name] !== "";
  const ignored =
    (given("enhet") && !filter.enhet) ||
    (given("type") && !filter.type) ||
    (given("etter") && !cursor);
  return withAccess(
    db,
    actor,
    { subject, category: "NOTES", action: "READ" },
    async (tx, access) => {
      const { notes: rows, units } = await loadNotePage(tx, access, {
        now,
        unitId: filter.enhet ?? null,
        kind: filter.type ?? null,
        cursor,
        take: NOTES_PAGE_SIZE + 1,
      });
      const page = rows.slice(0, NOTES_PAGE_SIZE);
      const last = page.at(-1);
      const notes = page
        .filter((r) => noteVisibility(access.items, r).visible)
        .map((r) => ({
          id: r.id,
          kind: r.kind,
          title: r.title,
          writtenAt: r.writtenAt,
          place: placeName(r.unit),
          author: clinicianName(r.author),
          hiddenFromGuardians: r.hiddenFromGuardians,
        }));
      return {
        notes,
        units: units.map((u) => ({
          id: u.id,
          name: u.name === u.organisation.name ? u.name : `${u.name}, ${u.organisation.name}`,
        })),
        filter: { unitId: filter.enhet ?? null, kind: filter.type ?? null },
        isFirstPage: cursor === null,
        ignored,
        next:
          rows.length > NOTES_PAGE_SIZE && last
            ? encodeCursor({ at: last.writtenAt, id: last.id })
            : null,
      };
    },
    { now },
  );
}

export type NoteList = Awaited<ReturnType<typeof listClinicalNotes>>;
