-- CreateEnum
CREATE TYPE "InboxKind" AS ENUM ('SHARED', 'PERSONAL');

-- CreateEnum
CREATE TYPE "ThreadStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "ThreadArrival" AS ENUM ('ROUTED', 'BACKUP', 'FORWARDED');

-- AlterTable
ALTER TABLE "notification" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "claimed_until" TIMESTAMPTZ(3),
ADD COLUMN     "failed_at" TIMESTAMPTZ(3),
ADD COLUMN     "last_error" TEXT,
ADD COLUMN     "next_attempt_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "unit" ADD COLUMN     "messages_from_anyone" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "inbox" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "kind" "InboxKind" NOT NULL,
    "owner_clinician_id" UUID,
    "name" TEXT NOT NULL,
    "backup_inbox_id" UUID,
    "open_within_hours" INTEGER NOT NULL DEFAULT 24,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "inbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "inbox_member" (
    "inbox_id" UUID NOT NULL,
    "clinician_id" UUID NOT NULL,

    CONSTRAINT "inbox_member_pkey" PRIMARY KEY ("inbox_id","clinician_id")
);

-- CreateTable
CREATE TABLE "message_topic" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "message_topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "routing_rule" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,
    "inbox_id" UUID NOT NULL,
    "prefer_responsible" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "routing_rule_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "responsible_clinician" (
    "person_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "clinician_id" UUID NOT NULL,

    CONSTRAINT "responsible_clinician_pkey" PRIMARY KEY ("person_id","unit_id")
);

-- CreateTable
CREATE TABLE "message_thread" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,
    "status" "ThreadStatus" NOT NULL DEFAULT 'OPEN',
    "inbox_id" UUID NOT NULL,
    "arrived_by" "ThreadArrival" NOT NULL DEFAULT 'ROUTED',
    "hop" INTEGER NOT NULL DEFAULT 0,
    "open_due_at" TIMESTAMPTZ(3),
    "opened_at" TIMESTAMPTZ(3),
    "opened_by_id" UUID,
    "waiting_since" TIMESTAMPTZ(3),
    "last_message_at" TIMESTAMPTZ(3) NOT NULL,
    "last_staff_message_at" TIMESTAMPTZ(3),
    "done_at" TIMESTAMPTZ(3),
    "done_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_thread_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message" (
    "id" UUID NOT NULL,
    "thread_id" UUID NOT NULL,
    "author_person_id" UUID,
    "on_behalf_of_person_id" UUID,
    "author_clinician_id" UUID,
    "as_unit" BOOLEAN NOT NULL DEFAULT false,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "message_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message_attachment" (
    "id" UUID NOT NULL,
    "message_id" UUID NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,

    CONSTRAINT "message_attachment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "message_thread_read" (
    "thread_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "message_thread_read_pkey" PRIMARY KEY ("thread_id","person_id")
);

-- CreateTable
CREATE TABLE "message_thread_hop" (
    "thread_id" UUID NOT NULL,
    "hop" INTEGER NOT NULL,
    "from_inbox_id" UUID,
    "to_inbox_id" UUID NOT NULL,
    "reason" "ThreadArrival" NOT NULL,
    "note" TEXT,
    "by_clinician_id" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "message_thread_hop_pkey" PRIMARY KEY ("thread_id","hop")
);

-- CreateTable
CREATE TABLE "messaging_config_change" (
    "id" BIGSERIAL NOT NULL,
    "organisation_id" UUID NOT NULL,
    "clinician_id" UUID NOT NULL,
    "action" TEXT NOT NULL,
    "detail" JSONB NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "messaging_config_change_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "inbox_organisation_id_idx" ON "inbox"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "inbox_unit_id_owner_clinician_id_key" ON "inbox"("unit_id", "owner_clinician_id");

-- CreateIndex
CREATE INDEX "inbox_member_clinician_id_idx" ON "inbox_member"("clinician_id");

-- CreateIndex
CREATE UNIQUE INDEX "message_topic_unit_id_label_key" ON "message_topic"("unit_id", "label");

-- CreateIndex
CREATE INDEX "routing_rule_organisation_id_idx" ON "routing_rule"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "routing_rule_unit_id_topic_id_key" ON "routing_rule"("unit_id", "topic_id");

-- CreateIndex
CREATE INDEX "message_thread_person_id_last_message_at_id_idx" ON "message_thread"("person_id", "last_message_at" DESC, "id");

-- CreateIndex
CREATE INDEX "message_thread_inbox_id_status_waiting_since_id_idx" ON "message_thread"("inbox_id", "status", "waiting_since", "id");

-- CreateIndex
CREATE INDEX "message_thread_open_due_at_idx" ON "message_thread"("open_due_at");

-- CreateIndex
CREATE INDEX "message_thread_person_id_unit_id_idx" ON "message_thread"("person_id", "unit_id");

-- CreateIndex
CREATE INDEX "message_thread_id_created_at_idx" ON "message"("thread_id", "created_at");

-- CreateIndex
CREATE INDEX "message_attachment_message_id_idx" ON "message_attachment"("message_id");

-- CreateIndex
CREATE INDEX "message_thread_read_person_id_idx" ON "message_thread_read"("person_id");

-- CreateIndex
CREATE INDEX "message_thread_hop_to_inbox_id_idx" ON "message_thread_hop"("to_inbox_id");

-- CreateIndex
CREATE INDEX "messaging_config_change_organisation_id_at_idx" ON "messaging_config_change"("organisation_id", "at");

-- AddForeignKey
ALTER TABLE "inbox" ADD CONSTRAINT "inbox_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbox" ADD CONSTRAINT "inbox_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbox" ADD CONSTRAINT "inbox_owner_clinician_id_fkey" FOREIGN KEY ("owner_clinician_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbox" ADD CONSTRAINT "inbox_backup_inbox_id_fkey" FOREIGN KEY ("backup_inbox_id") REFERENCES "inbox"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbox_member" ADD CONSTRAINT "inbox_member_inbox_id_fkey" FOREIGN KEY ("inbox_id") REFERENCES "inbox"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "inbox_member" ADD CONSTRAINT "inbox_member_clinician_id_fkey" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_topic" ADD CONSTRAINT "message_topic_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routing_rule" ADD CONSTRAINT "routing_rule_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routing_rule" ADD CONSTRAINT "routing_rule_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routing_rule" ADD CONSTRAINT "routing_rule_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "message_topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "routing_rule" ADD CONSTRAINT "routing_rule_inbox_id_fkey" FOREIGN KEY ("inbox_id") REFERENCES "inbox"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsible_clinician" ADD CONSTRAINT "responsible_clinician_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsible_clinician" ADD CONSTRAINT "responsible_clinician_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "responsible_clinician" ADD CONSTRAINT "responsible_clinician_clinician_id_fkey" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_thread" ADD CONSTRAINT "message_thread_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_thread" ADD CONSTRAINT "message_thread_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_thread" ADD CONSTRAINT "message_thread_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "message_topic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_thread" ADD CONSTRAINT "message_thread_inbox_id_fkey" FOREIGN KEY ("inbox_id") REFERENCES "inbox"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_thread" ADD CONSTRAINT "message_thread_opened_by_id_fkey" FOREIGN KEY ("opened_by_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_thread" ADD CONSTRAINT "message_thread_done_by_id_fkey" FOREIGN KEY ("done_by_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "message_thread"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_author_person_id_fkey" FOREIGN KEY ("author_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_on_behalf_of_person_id_fkey" FOREIGN KEY ("on_behalf_of_person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message" ADD CONSTRAINT "message_author_clinician_id_fkey" FOREIGN KEY ("author_clinician_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_attachment" ADD CONSTRAINT "message_attachment_message_id_fkey" FOREIGN KEY ("message_id") REFERENCES "message"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_thread_read" ADD CONSTRAINT "message_thread_read_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "message_thread"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_thread_read" ADD CONSTRAINT "message_thread_read_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_thread_hop" ADD CONSTRAINT "message_thread_hop_thread_id_fkey" FOREIGN KEY ("thread_id") REFERENCES "message_thread"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_thread_hop" ADD CONSTRAINT "message_thread_hop_from_inbox_id_fkey" FOREIGN KEY ("from_inbox_id") REFERENCES "inbox"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_thread_hop" ADD CONSTRAINT "message_thread_hop_to_inbox_id_fkey" FOREIGN KEY ("to_inbox_id") REFERENCES "inbox"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_thread_hop" ADD CONSTRAINT "message_thread_hop_by_clinician_id_fkey" FOREIGN KEY ("by_clinician_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "messaging_config_change" ADD CONSTRAINT "messaging_config_change_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "messaging_config_change" ADD CONSTRAINT "messaging_config_change_clinician_id_fkey" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
