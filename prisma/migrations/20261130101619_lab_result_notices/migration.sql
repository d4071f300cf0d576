-- CreateTable
CREATE TABLE "lab_result_notice" (
    "observation_id" UUID NOT NULL,
    "requisition_id" UUID NOT NULL,
    "noticed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "lab_result_notice_pkey" PRIMARY KEY ("observation_id")
);

-- CreateIndex
CREATE INDEX "lab_observation_final_at_idx" ON "lab_observation"("final_at");

-- AddForeignKey
ALTER TABLE "lab_result_notice" ADD CONSTRAINT "lab_result_notice_observation_id_fkey" FOREIGN KEY ("observation_id") REFERENCES "lab_observation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lab_result_notice" ADD CONSTRAINT "lab_result_notice_requisition_id_fkey" FOREIGN KEY ("requisition_id") REFERENCES "lab_requisition"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
