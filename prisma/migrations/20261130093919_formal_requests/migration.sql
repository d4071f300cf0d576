-- CreateEnum
CREATE TYPE "FormalRequestKind" AS ENUM ('ACCESS', 'CORRECTION', 'DELETION');

-- CreateEnum
CREATE TYPE "FormalRequestStatus" AS ENUM ('RECEIVED', 'IN_PROGRESS', 'ANSWERED', 'REFUSED');

-- CreateEnum
CREATE TYPE "FormalRequestEventKind" AS ENUM ('FILED', 'STARTED', 'ANSWERED', 'REFUSED');

-- AlterEnum
ALTER TYPE "DataCategory" ADD VALUE 'FORMAL_REQUESTS';

-- CreateTable
CREATE TABLE "formal_request" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "kind" "FormalRequestKind" NOT NULL,
    "status" "FormalRequestStatus" NOT NULL DEFAULT 'RECEIVED',
    "concerns" TEXT NOT NULL,
    "correction" TEXT,
    "reason" TEXT,
    "filed_by_id" UUID NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "answer_due" DATE NOT NULL,
    "started_at" TIMESTAMPTZ(3),
    "started_by_id" UUID,
    "answered_at" TIMESTAMPTZ(3),
    "answered_by_id" UUID,
    "answer" TEXT,

    CONSTRAINT "formal_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "formal_request_event" (
    "id" BIGSERIAL NOT NULL,
    "request_id" UUID NOT NULL,
    "kind" "FormalRequestEventKind" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "actor_person_id" UUID,
    "actor_clinician_id" UUID,

    CONSTRAINT "formal_request_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "formal_request_person_id_received_at_idx" ON "formal_request"("person_id", "received_at" DESC);

-- CreateIndex
CREATE INDEX "formal_request_unit_id_status_answer_due_id_idx" ON "formal_request"("unit_id", "status", "answer_due", "id");

-- CreateIndex
CREATE INDEX "formal_request_event_request_id_at_idx" ON "formal_request_event"("request_id", "at");

-- AddForeignKey
ALTER TABLE "formal_request" ADD CONSTRAINT "formal_request_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "formal_request" ADD CONSTRAINT "formal_request_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "formal_request" ADD CONSTRAINT "formal_request_filed_by_id_fkey" FOREIGN KEY ("filed_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "formal_request" ADD CONSTRAINT "formal_request_started_by_id_fkey" FOREIGN KEY ("started_by_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "formal_request" ADD CONSTRAINT "formal_request_answered_by_id_fkey" FOREIGN KEY ("answered_by_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "formal_request_event" ADD CONSTRAINT "formal_request_event_request_id_fkey" FOREIGN KEY ("request_id") REFERENCES "formal_request"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "formal_request_event" ADD CONSTRAINT "formal_request_event_actor_person_id_fkey" FOREIGN KEY ("actor_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "formal_request_event" ADD CONSTRAINT "formal_request_event_actor_clinician_id_fkey" FOREIGN KEY ("actor_clinician_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;
