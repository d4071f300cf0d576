-- CreateEnum
CREATE TYPE "MedicationStatementStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'STOPPED');

-- CreateEnum
CREATE TYPE "RenewalRequestStatus" AS ENUM ('REQUESTED', 'RENEWED', 'DECLINED');

-- CreateTable
CREATE TABLE "medication_statement" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "atc_code" TEXT NOT NULL,
    "strength" TEXT NOT NULL,
    "form" TEXT NOT NULL,
    "dosage" TEXT NOT NULL,
    "instruction" TEXT,
    "reason" TEXT,
    "status" "MedicationStatementStatus" NOT NULL DEFAULT 'ACTIVE',
    "start_date" DATE NOT NULL,
    "end_date" DATE,
    "prescriber_id" UUID,
    "unit_id" UUID NOT NULL,
    "prescription_valid_until" DATE,
    "dispenses_allowed" INTEGER,
    "dispenses_used" INTEGER NOT NULL DEFAULT 0,
    "hidden_from_guardians" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "medication_statement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "medication_renewal_request" (
    "id" UUID NOT NULL,
    "medication_id" UUID NOT NULL,
    "open_for_medication_id" UUID,
    "person_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "requested_by_id" UUID NOT NULL,
    "note" TEXT,
    "status" "RenewalRequestStatus" NOT NULL DEFAULT 'REQUESTED',
    "requested_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" UUID,
    "decline_reason" TEXT,
    "new_end_date" DATE,

    CONSTRAINT "medication_renewal_request_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "medication_statement_person_id_start_date_idx" ON "medication_statement"("person_id", "start_date");

-- CreateIndex
CREATE UNIQUE INDEX "medication_renewal_request_open_for_medication_id_key" ON "medication_renewal_request"("open_for_medication_id");

-- CreateIndex
CREATE INDEX "medication_renewal_request_medication_id_requested_at_idx" ON "medication_renewal_request"("medication_id", "requested_at" DESC);

-- CreateIndex
CREATE INDEX "medication_renewal_request_unit_id_status_requested_at_idx" ON "medication_renewal_request"("unit_id", "status", "requested_at");

-- CreateIndex
CREATE INDEX "medication_renewal_request_person_id_idx" ON "medication_renewal_request"("person_id");

-- AddForeignKey
ALTER TABLE "medication_statement" ADD CONSTRAINT "medication_statement_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "medication_statement" ADD CONSTRAINT "medication_statement_prescriber_id_fkey" FOREIGN KEY ("prescriber_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "medication_statement" ADD CONSTRAINT "medication_statement_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "medication_renewal_request" ADD CONSTRAINT "medication_renewal_request_medication_id_fkey" FOREIGN KEY ("medication_id") REFERENCES "medication_statement"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "medication_renewal_request" ADD CONSTRAINT "medication_renewal_request_open_for_medication_id_fkey" FOREIGN KEY ("open_for_medication_id") REFERENCES "medication_statement"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "medication_renewal_request" ADD CONSTRAINT "medication_renewal_request_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "medication_renewal_request" ADD CONSTRAINT "medication_renewal_request_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "medication_renewal_request" ADD CONSTRAINT "medication_renewal_request_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "medication_renewal_request" ADD CONSTRAINT "medication_renewal_request_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;
