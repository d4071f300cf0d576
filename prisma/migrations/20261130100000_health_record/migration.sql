-- CreateEnum
CREATE TYPE "DiagnosisCodeSystem" AS ENUM ('ICPC2', 'ICD10');

-- CreateEnum
CREATE TYPE "DiagnosisStatus" AS ENUM ('ACTIVE', 'RESOLVED');

-- CreateEnum
CREATE TYPE "AllergyKind" AS ENUM ('ALLERGY', 'INTOLERANCE');

-- CreateEnum
CREATE TYPE "AllergySeverity" AS ENUM ('MILD', 'MODERATE', 'SEVERE');

-- CreateEnum
CREATE TYPE "ClinicalDocumentKind" AS ENUM ('LETTER', 'DISCHARGE', 'EDUCATION');

-- CreateTable
CREATE TABLE "diagnosis_code" (
    "code_system" "DiagnosisCodeSystem" NOT NULL,
    "code" TEXT NOT NULL,
    "text_nb" TEXT NOT NULL,
    "text_en" TEXT NOT NULL,

    CONSTRAINT "diagnosis_code_pkey" PRIMARY KEY ("code_system","code")
);

-- CreateTable
CREATE TABLE "diagnosis" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "recorded_by_id" UUID,
    "code_system" "DiagnosisCodeSystem" NOT NULL,
    "code" TEXT NOT NULL,
    "status" "DiagnosisStatus" NOT NULL DEFAULT 'ACTIVE',
    "diagnosed_on" DATE NOT NULL,
    "resolved_on" DATE,
    "hidden_from_guardians" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "diagnosis_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "allergy_intolerance" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "recorded_by_id" UUID,
    "kind" "AllergyKind" NOT NULL,
    "substance" TEXT NOT NULL,
    "atc_code" TEXT,
    "reaction" TEXT NOT NULL,
    "severity" "AllergySeverity" NOT NULL,
    "verified" BOOLEAN NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "hidden_from_guardians" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "allergy_intolerance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "vaccination" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "vaccine_name" TEXT NOT NULL,
    "atc_code" TEXT NOT NULL,
    "disease" TEXT NOT NULL,
    "dose_number" INTEGER NOT NULL,
    "given_on" DATE NOT NULL,
    "hidden_from_guardians" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "vaccination_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clinical_document" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "sent_by_id" UUID,
    "kind" "ClinicalDocumentKind" NOT NULL,
    "title" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL,
    "hidden_from_guardians" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "clinical_document_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "diagnosis_person_id_diagnosed_on_idx" ON "diagnosis"("person_id", "diagnosed_on");

-- CreateIndex
CREATE INDEX "allergy_intolerance_person_id_recorded_at_idx" ON "allergy_intolerance"("person_id", "recorded_at");

-- CreateIndex
CREATE INDEX "vaccination_person_id_given_on_idx" ON "vaccination"("person_id", "given_on");

-- CreateIndex
CREATE INDEX "clinical_document_person_id_sent_at_idx" ON "clinical_document"("person_id", "sent_at");

-- AddForeignKey
ALTER TABLE "diagnosis" ADD CONSTRAINT "diagnosis_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnosis" ADD CONSTRAINT "diagnosis_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnosis" ADD CONSTRAINT "diagnosis_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "diagnosis" ADD CONSTRAINT "diagnosis_code_system_code_fkey" FOREIGN KEY ("code_system", "code") REFERENCES "diagnosis_code"("code_system", "code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allergy_intolerance" ADD CONSTRAINT "allergy_intolerance_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allergy_intolerance" ADD CONSTRAINT "allergy_intolerance_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allergy_intolerance" ADD CONSTRAINT "allergy_intolerance_recorded_by_id_fkey" FOREIGN KEY ("recorded_by_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vaccination" ADD CONSTRAINT "vaccination_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "vaccination" ADD CONSTRAINT "vaccination_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinical_document" ADD CONSTRAINT "clinical_document_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinical_document" ADD CONSTRAINT "clinical_document_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinical_document" ADD CONSTRAINT "clinical_document_sent_by_id_fkey" FOREIGN KEY ("sent_by_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;
