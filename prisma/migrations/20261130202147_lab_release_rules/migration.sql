-- A result keeps the release category it arrived with (lib/record/lab-results/receive-lab-results.ts),
-- so a later change of an organisation's rule neither shows a result held for a conversation nor
-- hides one the patient has seen. Results so far arrived under the region's category.
ALTER TABLE "lab_observation" ADD COLUMN "release_category" "LabReleaseCategory";
UPDATE "lab_observation" o SET "release_category" = a."release_category"
  FROM "lab_analysis" a WHERE a."code" = o."analysis_code";
ALTER TABLE "lab_observation" ALTER COLUMN "release_category" SET NOT NULL;

-- The release work list walks the unreleased results of each waiting category in time order
-- (lib/record/lab-results/release-work-list.ts). Almost every unreleased row is an IMMEDIATE result
-- that never waits: the index leaves them out, and released results never come back to the list.
-- With the category on the result, the walk no longer goes analysis by analysis.
CREATE INDEX "lab_observation_waiting_for_release"
  ON "lab_observation" ("release_category", "final_at", "id")
  WHERE "released_at" IS NULL AND "release_category" <> 'IMMEDIATE';
DROP INDEX "lab_observation_unreleased_by_analysis";

-- CreateTable
CREATE TABLE "lab_release_rule" (
    "organisation_id" UUID NOT NULL,
    "analysis_code" TEXT NOT NULL,
    "category" "LabReleaseCategory" NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL,
    "changed_by_id" UUID NOT NULL,

    CONSTRAINT "lab_release_rule_pkey" PRIMARY KEY ("organisation_id","analysis_code")
);

-- CreateTable
CREATE TABLE "lab_release_rule_change" (
    "id" BIGSERIAL NOT NULL,
    "organisation_id" UUID NOT NULL,
    "analysis_code" TEXT NOT NULL,
    "clinician_id" UUID NOT NULL,
    "from_category" "LabReleaseCategory",
    "to_category" "LabReleaseCategory",
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lab_release_rule_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "lab_release_rule_change_organisation_id_at_idx" ON "lab_release_rule_change"("organisation_id", "at");

-- AddForeignKey
ALTER TABLE "lab_release_rule" ADD CONSTRAINT "lab_release_rule_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_release_rule" ADD CONSTRAINT "lab_release_rule_analysis_code_fkey" FOREIGN KEY ("analysis_code") REFERENCES "lab_analysis"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_release_rule" ADD CONSTRAINT "lab_release_rule_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "clinician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_release_rule_change" ADD CONSTRAINT "lab_release_rule_change_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_release_rule_change" ADD CONSTRAINT "lab_release_rule_change_analysis_code_fkey" FOREIGN KEY ("analysis_code") REFERENCES "lab_analysis"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_release_rule_change" ADD CONSTRAINT "lab_release_rule_change_clinician_id_fkey" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
