-- At most one active shielding per person and clinician. Two simultaneous "shield" posts used to
-- read "none yet" and both insert; now the database decides (the second insert does nothing).
-- Prisma's schema cannot express a partial index, so it lives here (see Shielding in schema.prisma).
-- Should a database hold duplicates from before this rule, keep the oldest active and lift the rest
-- at the moment they were made, so the history still shows them.
UPDATE "shielding" AS s
SET "lifted_at" = s."created_at"
WHERE s."lifted_at" IS NULL
  AND EXISTS (
    SELECT 1 FROM "shielding" AS older
    WHERE older."person_id" = s."person_id" AND older."clinician_id" = s."clinician_id"
      AND older."lifted_at" IS NULL
      AND (older."created_at", older."id") < (s."created_at", s."id")
  );

CREATE UNIQUE INDEX "shielding_one_active_per_pair"
  ON "shielding" ("person_id", "clinician_id")
  WHERE "lifted_at" IS NULL;
