-- CreateTable
CREATE TABLE "lab_observation_revision" (
    "id" BIGSERIAL NOT NULL,
    "observation_id" UUID NOT NULL,
    "from_status" "LabObservationStatus" NOT NULL,
    "to_status" "LabObservationStatus" NOT NULL,
    "previous_value_quantity" DECIMAL(12,4),
    "previous_value_text" TEXT,
    "previous_unit" TEXT,
    "previous_reference_low" DECIMAL(12,4),
    "previous_reference_high" DECIMAL(12,4),
    "previous_reference_text" TEXT,
    "previous_interpretation" "LabInterpretation",
    "previous_issued_at" TIMESTAMPTZ(3),
    "revised_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lab_observation_revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "lab_observation_revision_observation_id_revised_at_idx" ON "lab_observation_revision"("observation_id", "revised_at");

-- AddForeignKey
ALTER TABLE "lab_observation_revision" ADD CONSTRAINT "lab_observation_revision_observation_id_fkey" FOREIGN KEY ("observation_id") REFERENCES "lab_observation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
