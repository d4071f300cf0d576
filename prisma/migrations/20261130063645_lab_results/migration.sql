-- CreateEnum
CREATE TYPE "LabReleaseCategory" AS ENUM ('IMMEDIATE', 'AFTER_REVIEW', 'AFTER_CONVERSATION');

-- CreateEnum
CREATE TYPE "LabObservationStatus" AS ENUM ('PRELIMINARY', 'FINAL', 'CORRECTED');

-- CreateEnum
CREATE TYPE "LabInterpretation" AS ENUM ('NORMAL', 'LOW', 'HIGH', 'CRITICAL_LOW', 'CRITICAL_HIGH', 'ABNORMAL');

-- CreateTable
CREATE TABLE "lab_analysis" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "unit" TEXT,
    "decimals" INTEGER NOT NULL DEFAULT 1,
    "release_category" "LabReleaseCategory" NOT NULL DEFAULT 'IMMEDIATE',

    CONSTRAINT "lab_analysis_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "lab_reference_range" (
    "id" UUID NOT NULL,
    "analysis_code" TEXT NOT NULL,
    "sex" TEXT,
    "age_from_years" INTEGER NOT NULL DEFAULT 0,
    "age_to_years" INTEGER,
    "low" DECIMAL(12,4),
    "high" DECIMAL(12,4),
    "text" TEXT,

    CONSTRAINT "lab_reference_range_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lab_explanation" (
    "analysis_code" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "meaning" TEXT NOT NULL,

    CONSTRAINT "lab_explanation_pkey" PRIMARY KEY ("analysis_code","locale")
);

-- CreateTable
CREATE TABLE "lab_requisition" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "orderer_id" UUID,
    "ordering_unit_id" UUID NOT NULL,
    "performing_lab" TEXT NOT NULL,
    "taken_at" TIMESTAMPTZ(3) NOT NULL,
    "issued_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lab_requisition_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lab_observation" (
    "id" UUID NOT NULL,
    "requisition_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "analysis_code" TEXT NOT NULL,
    "value_quantity" DECIMAL(12,4),
    "value_text" TEXT,
    "unit" TEXT,
    "reference_low" DECIMAL(12,4),
    "reference_high" DECIMAL(12,4),
    "reference_text" TEXT,
    "interpretation" "LabInterpretation",
    "status" "LabObservationStatus" NOT NULL,
    "taken_at" TIMESTAMPTZ(3) NOT NULL,
    "issued_at" TIMESTAMPTZ(3),
    "final_at" TIMESTAMPTZ(3),
    "comment" TEXT,
    "hidden_from_guardians" BOOLEAN NOT NULL DEFAULT false,
    "hidden_reason" TEXT,
    "hidden_by_id" UUID,
    "released_at" TIMESTAMPTZ(3),
    "released_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "lab_observation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "lab_release_preference" (
    "person_id" UUID NOT NULL,
    "show_at_once" BOOLEAN NOT NULL DEFAULT false,
    "changed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lab_release_preference_pkey" PRIMARY KEY ("person_id")
);

-- CreateIndex
CREATE INDEX "lab_reference_range_analysis_code_idx" ON "lab_reference_range"("analysis_code");

-- CreateIndex
CREATE INDEX "lab_requisition_person_id_taken_at_id_idx" ON "lab_requisition"("person_id", "taken_at" DESC, "id");

-- CreateIndex
CREATE INDEX "lab_requisition_ordering_unit_id_idx" ON "lab_requisition"("ordering_unit_id");

-- CreateIndex
CREATE INDEX "lab_observation_requisition_id_idx" ON "lab_observation"("requisition_id");

-- CreateIndex
CREATE INDEX "lab_observation_person_id_analysis_code_taken_at_idx" ON "lab_observation"("person_id", "analysis_code", "taken_at" DESC);

-- CreateIndex
CREATE INDEX "lab_observation_released_at_final_at_idx" ON "lab_observation"("released_at", "final_at");

-- AddForeignKey
ALTER TABLE "lab_reference_range" ADD CONSTRAINT "lab_reference_range_analysis_code_fkey" FOREIGN KEY ("analysis_code") REFERENCES "lab_analysis"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_explanation" ADD CONSTRAINT "lab_explanation_analysis_code_fkey" FOREIGN KEY ("analysis_code") REFERENCES "lab_analysis"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_requisition" ADD CONSTRAINT "lab_requisition_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_requisition" ADD CONSTRAINT "lab_requisition_orderer_id_fkey" FOREIGN KEY ("orderer_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_requisition" ADD CONSTRAINT "lab_requisition_ordering_unit_id_fkey" FOREIGN KEY ("ordering_unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_observation" ADD CONSTRAINT "lab_observation_requisition_id_fkey" FOREIGN KEY ("requisition_id") REFERENCES "lab_requisition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_observation" ADD CONSTRAINT "lab_observation_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_observation" ADD CONSTRAINT "lab_observation_analysis_code_fkey" FOREIGN KEY ("analysis_code") REFERENCES "lab_analysis"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_observation" ADD CONSTRAINT "lab_observation_hidden_by_id_fkey" FOREIGN KEY ("hidden_by_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_observation" ADD CONSTRAINT "lab_observation_released_by_id_fkey" FOREIGN KEY ("released_by_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_release_preference" ADD CONSTRAINT "lab_release_preference_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
