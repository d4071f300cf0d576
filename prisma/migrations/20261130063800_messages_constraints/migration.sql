-- Constraints Prisma's schema language cannot express (hand-written; generated migrations never undo them).

-- One shared inbox per unit; a personal inbox always has its owner, a shared one never.
CREATE UNIQUE INDEX "inbox_one_shared_per_unit" ON "inbox" ("unit_id") WHERE "kind" = 'SHARED';
ALTER TABLE "inbox" ADD CONSTRAINT "inbox_owner_matches_kind"
  CHECK (("kind" = 'PERSONAL') = ("owner_clinician_id" IS NOT NULL));

-- An opening deadline between one hour and two weeks; an inbox is never its own backup.
ALTER TABLE "inbox" ADD CONSTRAINT "inbox_open_within_hours_range" CHECK ("open_within_hours" BETWEEN 1 AND 336);
ALTER TABLE "inbox" ADD CONSTRAINT "inbox_backup_not_self" CHECK ("backup_inbox_id" IS DISTINCT FROM "id");

-- A message has exactly one kind of author.
ALTER TABLE "message" ADD CONSTRAINT "message_one_author"
  CHECK (("author_person_id" IS NULL) <> ("author_clinician_id" IS NULL));
ALTER TABLE "message" ADD CONSTRAINT "message_body_length" CHECK (char_length("body") BETWEEN 1 AND 5000);
