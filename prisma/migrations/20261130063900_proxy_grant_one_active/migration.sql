-- At most one proxy grant per grantor and grantee that is not ended. Giving again or changing a
-- grant edits that one (its earlier versions go to proxy_grant_version); the database, not a
-- check-then-insert, decides between two simultaneous "give" posts. Prisma's schema cannot express a
-- partial index, so it lives here (see the note on ProxyGrant in schema.prisma).
-- Should a database hold duplicates from before this rule, keep the newest of each pair active.
UPDATE "proxy_grant" AS g
SET "ended_at" = now(), "ended_by_id" = g."grantor_id"
WHERE g."ended_at" IS NULL
  AND EXISTS (
    SELECT 1 FROM "proxy_grant" AS newer
    WHERE newer."grantor_id" = g."grantor_id" AND newer."grantee_id" = g."grantee_id"
      AND newer."ended_at" IS NULL
      AND (newer."created_at", newer."id") > (g."created_at", g."id")
  );

CREATE UNIQUE INDEX "proxy_grant_one_active_per_pair"
  ON "proxy_grant" ("grantor_id", "grantee_id")
  WHERE "ended_at" IS NULL;
