-- The release work list walks, per analysis that may wait for a clinician, the unreleased results
-- in time order (lib/record/lab-results/release-work-list.ts). Almost every unreleased row is an
-- IMMEDIATE result that never waits, so without this index the walk reads millions of rows at
-- region scale before it finds a page. Partial: released results never come back to the list.
CREATE INDEX "lab_observation_unreleased_by_analysis"
  ON "lab_observation" ("analysis_code", "final_at", "id")
  WHERE "released_at" IS NULL;

-- It replaces the index the list used before, which nothing reads now.
DROP INDEX "lab_observation_released_at_final_at_idx";
