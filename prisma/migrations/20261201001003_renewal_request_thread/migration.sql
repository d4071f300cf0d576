-- AlterTable
ALTER TABLE "medication_renewal_request" ADD COLUMN     "thread_id" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "medication_renewal_request_thread_id_key" ON "medication_renewal_request"("thread_id");

-- AddForeignKey
ALTER TABLE "medication_renewal_request" ADD CONSTRAINT "medication_renewal_request_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "message_thread"("id") ON DELETE SET NULL ON UPDATE CASCADE;
