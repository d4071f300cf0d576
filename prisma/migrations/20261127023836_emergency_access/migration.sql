-- CreateTable
CREATE TABLE "emergency_access" (
    "id" UUID NOT NULL,
    "clinician_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "emergency_access_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "emergency_access_person_id_clinician_id_expires_at_idx" ON "emergency_access"("person_id", "clinician_id", "expires_at");

-- AddForeignKey
ALTER TABLE "emergency_access" ADD CONSTRAINT "emergency_access_clinician_id_fkey" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "emergency_access" ADD CONSTRAINT "emergency_access_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
