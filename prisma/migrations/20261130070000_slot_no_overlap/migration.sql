-- A clinician's open times never overlap: publishing a row of slots over existing ones must not
-- offer citizens two identical times with the same clinician. The database decides (an exclusion
-- constraint), so two publishes at once cannot both get in; "Legg ut tidene" inserts with
-- ON CONFLICT DO NOTHING and reports how many already existed. Closed slots do not count, so a
-- closed time can be published again. Slots without a clinician (the unit's own) are not limited.
-- Hand-written: Prisma's schema cannot express exclusion constraints, and its diff leaves them alone.

-- btree_gist gives GiST the `=` on uuid that the constraint combines with `&&` on the range.
-- It is a trusted extension (PostgreSQL 13+), so the database owner may create it; PGlite loads it
-- in lib/db/pglite-server.ts.
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Overlaps made before this constraint: keep one open time per overlap (a held one first, then the
-- earliest published) and close the others, so the constraint can be added to existing databases.
WITH open_slot AS (
  SELECT s.id, s.clinician_id, s.created_at,
         tstzrange(s.starts_at, s.ends_at, '[)') AS period,
         EXISTS (SELECT 1 FROM appointment a WHERE a.holds_slot_id = s.id) AS held
  FROM slot s
  WHERE s.status = 'OPEN' AND s.clinician_id IS NOT NULL
)
UPDATE slot SET status = 'CLOSED'
WHERE id IN (
  SELECT later.id
  FROM open_slot later
  JOIN open_slot earlier
    ON earlier.clinician_id = later.clinician_id
   AND earlier.id <> later.id
   AND earlier.period && later.period
   AND (NOT earlier.held, earlier.created_at, earlier.id) < (NOT later.held, later.created_at, later.id)
);

ALTER TABLE slot ADD CONSTRAINT slot_clinician_no_overlap
  EXCLUDE USING gist (clinician_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
  WHERE (status = 'OPEN');
