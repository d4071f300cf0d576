-- CreateTable
CREATE TABLE "security_event" (
    "id" BIGSERIAL NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_kind" "ActorKind" NOT NULL,
    "actor_person_id" UUID,
    "actor_clinician_id" UUID,
    "actor_name" TEXT NOT NULL,
    "subject_as_given" TEXT NOT NULL,
    "category" "DataCategory" NOT NULL,
    "action" "AccessAction" NOT NULL,
    "reason" TEXT NOT NULL,

    CONSTRAINT "security_event_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "security_event_occurred_at_idx" ON "security_event"("occurred_at");

-- CreateIndex
CREATE INDEX "security_event_actor_clinician_id_occurred_at_idx" ON "security_event"("actor_clinician_id", "occurred_at");
