-- CreateEnum
CREATE TYPE "ClinicalNoteKind" AS ENUM ('VISIT_SUMMARY', 'PROGRESS_NOTE', 'DISCHARGE_SUMMARY');

-- AlterTable
ALTER TABLE "appointment" DROP COLUMN "visit_summary_id";

-- CreateTable
CREATE TABLE "clinical_note" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "author_id" UUID,
    "appointment_id" UUID,
    "kind" "ClinicalNoteKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "written_at" TIMESTAMPTZ(3) NOT NULL,
    "visible_to_patient_from" TIMESTAMPTZ(3),
    "hidden_from_guardians" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "clinical_note_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "clinical_note_appointment_id_key" ON "clinical_note"("appointment_id");

-- CreateIndex
CREATE INDEX "clinical_note_person_id_written_at_idx" ON "clinical_note"("person_id", "written_at");

-- CreateIndex
CREATE INDEX "clinical_note_unit_id_idx" ON "clinical_note"("unit_id");

-- AddForeignKey
ALTER TABLE "clinical_note" ADD CONSTRAINT "clinical_note_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinical_note" ADD CONSTRAINT "clinical_note_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinical_note" ADD CONSTRAINT "clinical_note_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinical_note" ADD CONSTRAINT "clinical_note_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;
