-- CreateEnum
CREATE TYPE "AddressProtection" AS ENUM ('NONE', 'CONFIDENTIAL', 'STRICTLY_CONFIDENTIAL');

-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('MUNICIPALITY', 'GP_OFFICE', 'HOSPITAL');

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('GP_PRACTICE', 'HOME_NURSING', 'PHYSIOTHERAPY', 'MENTAL_HEALTH', 'SUBSTANCE_ABUSE', 'HEALTH_STATION', 'EMERGENCY_WARD', 'HOSPITAL_DEPARTMENT');

-- CreateEnum
CREATE TYPE "UnitRole" AS ENUM ('MEMBER', 'LEAD');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('CITIZEN', 'CLINICIAN', 'ORG_ADMIN', 'SYSTEM');

-- CreateEnum
CREATE TYPE "AuthMethod" AS ENUM ('TEST_IDENTITY', 'IDPORTEN', 'HELSEID');

-- CreateEnum
CREATE TYPE "DataCategory" AS ENUM ('APPOINTMENTS', 'MESSAGES', 'LAB_RESULTS', 'MEDICATIONS', 'DIAGNOSES', 'ALLERGIES', 'VACCINES', 'NOTES', 'DOCUMENTS', 'ACCESS_LOG', 'PROFILE');

-- CreateEnum
CREATE TYPE "ProxyLevel" AS ENUM ('READ', 'READ_AND_MESSAGE', 'READ_AND_ACT');

-- CreateEnum
CREATE TYPE "CareRelationKind" AS ENUM ('GP_LIST', 'REFERRAL', 'ENROLMENT', 'APPOINTMENT', 'MESSAGE_THREAD');

-- CreateEnum
CREATE TYPE "AccessAction" AS ENUM ('READ', 'CREATE', 'UPDATE', 'DELETE');

-- CreateEnum
CREATE TYPE "AccessBasis" AS ENUM ('SELF', 'PROXY_GRANT', 'PARENTAL', 'CARE_RELATION', 'EMERGENCY');

-- CreateEnum
CREATE TYPE "VisitMode" AS ENUM ('IN_PERSON', 'VIDEO', 'PHONE');

-- CreateEnum
CREATE TYPE "SlotStatus" AS ENUM ('OPEN', 'CLOSED');

-- CreateEnum
CREATE TYPE "AppointmentStatus" AS ENUM ('BOOKED', 'CANCELLED', 'RESCHEDULED', 'COMPLETED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "QuestionnaireResponseStatus" AS ENUM ('DRAFT', 'SUBMITTED');

-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('EMAIL', 'SMS');

-- CreateTable
CREATE TABLE "address" (
    "id" UUID NOT NULL,
    "street" TEXT NOT NULL,
    "postal_code" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "municipality_code" TEXT NOT NULL,

    CONSTRAINT "address_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "person" (
    "id" UUID NOT NULL,
    "national_id" TEXT NOT NULL,
    "given_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL,
    "birth_date" DATE NOT NULL,
    "death_date" DATE,
    "address_protection" "AddressProtection" NOT NULL DEFAULT 'NONE',
    "consent_competent" BOOLEAN NOT NULL DEFAULT true,
    "address_id" UUID,
    "email" TEXT,
    "phone" TEXT,
    "preferred_locale" TEXT NOT NULL DEFAULT 'nb',
    "notify_by_email" BOOLEAN NOT NULL DEFAULT true,
    "notify_by_sms" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "parental_responsibility" (
    "parent_id" UUID NOT NULL,
    "child_id" UUID NOT NULL,

    CONSTRAINT "parental_responsibility_pkey" PRIMARY KEY ("parent_id","child_id")
);

-- CreateTable
CREATE TABLE "organisation" (
    "id" UUID NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "name" TEXT NOT NULL,
    "org_number" TEXT NOT NULL,
    "municipality_code" TEXT NOT NULL,

    CONSTRAINT "organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit" (
    "id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "name" TEXT NOT NULL,
    "self_booking" BOOLEAN NOT NULL DEFAULT false,
    "cancellation_deadline_hours" INTEGER NOT NULL DEFAULT 24,
    "phone" TEXT,
    "reply_working_days" INTEGER NOT NULL DEFAULT 5,

    CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "clinician" (
    "id" UUID NOT NULL,
    "hpr_number" TEXT,
    "person_id" UUID,
    "national_id" TEXT NOT NULL,
    "given_name" TEXT NOT NULL,
    "family_name" TEXT NOT NULL,
    "profession" TEXT NOT NULL,

    CONSTRAINT "clinician_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit_membership" (
    "clinician_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "role" "UnitRole" NOT NULL DEFAULT 'MEMBER',

    CONSTRAINT "unit_membership_pkey" PRIMARY KEY ("clinician_id","unit_id")
);

-- CreateTable
CREATE TABLE "organisation_admin" (
    "clinician_id" UUID NOT NULL,
    "organisation_id" UUID NOT NULL,

    CONSTRAINT "organisation_admin_pkey" PRIMARY KEY ("clinician_id","organisation_id")
);

-- CreateTable
CREATE TABLE "user_session" (
    "id" UUID NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "person_id" UUID,
    "clinician_id" UUID,
    "auth_method" "AuthMethod" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "user_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "proxy_grant" (
    "id" UUID NOT NULL,
    "grantor_id" UUID NOT NULL,
    "grantee_id" UUID NOT NULL,
    "level" "ProxyLevel" NOT NULL,
    "categories" "DataCategory"[],
    "valid_from" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "valid_until" TIMESTAMPTZ(3),
    "ended_at" TIMESTAMPTZ(3),
    "ended_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "proxy_grant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "care_relation" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "kind" "CareRelationKind" NOT NULL,
    "valid_from" TIMESTAMPTZ(3) NOT NULL,
    "valid_until" TIMESTAMPTZ(3),
    "source_id" UUID,

    CONSTRAINT "care_relation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "shielding" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "clinician_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lifted_at" TIMESTAMPTZ(3),

    CONSTRAINT "shielding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "access_log_entry" (
    "id" BIGSERIAL NOT NULL,
    "person_id" UUID NOT NULL,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_kind" "ActorKind" NOT NULL,
    "actor_person_id" UUID,
    "actor_clinician_id" UUID,
    "actor_name" TEXT NOT NULL,
    "actor_role" TEXT NOT NULL,
    "actor_organisation" TEXT,
    "actor_unit" TEXT,
    "category" "DataCategory" NOT NULL,
    "action" "AccessAction" NOT NULL,
    "item_type" TEXT,
    "item_id" TEXT,
    "basis" "AccessBasis" NOT NULL,
    "proxy_grant_id" UUID,
    "emergency_reason" TEXT,
    "prev_hash" TEXT NOT NULL DEFAULT '',
    "hash" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "access_log_entry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "slot" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "clinician_id" UUID,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "mode" "VisitMode" NOT NULL DEFAULT 'IN_PERSON',
    "location" TEXT,
    "visit_type" TEXT NOT NULL,
    "status" "SlotStatus" NOT NULL DEFAULT 'OPEN',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "slot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "appointment" (
    "id" UUID NOT NULL,
    "slot_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "booked_by_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "status" "AppointmentStatus" NOT NULL DEFAULT 'BOOKED',
    "holds_slot_id" UUID,
    "hidden_from_guardians" BOOLEAN NOT NULL DEFAULT false,
    "replaces_id" UUID,
    "cancelled_at" TIMESTAMPTZ(3),
    "cancelled_by_id" UUID,
    "cancel_reason" TEXT,
    "visit_summary_id" UUID,
    "outcome" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "appointment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaire" (
    "id" UUID NOT NULL,
    "unit_id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "fhir" JSONB NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "questionnaire_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "questionnaire_response" (
    "id" UUID NOT NULL,
    "appointment_id" UUID NOT NULL,
    "questionnaire_id" UUID NOT NULL,
    "authored_by_id" UUID NOT NULL,
    "status" "QuestionnaireResponseStatus" NOT NULL DEFAULT 'DRAFT',
    "fhir" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_at" TIMESTAMPTZ(3),

    CONSTRAINT "questionnaire_response_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "person_national_id_key" ON "person"("national_id");

-- CreateIndex
CREATE INDEX "person_family_name_given_name_idx" ON "person"("family_name", "given_name");

-- CreateIndex
CREATE INDEX "person_address_id_idx" ON "person"("address_id");

-- CreateIndex
CREATE INDEX "parental_responsibility_child_id_idx" ON "parental_responsibility"("child_id");

-- CreateIndex
CREATE UNIQUE INDEX "organisation_org_number_key" ON "organisation"("org_number");

-- CreateIndex
CREATE INDEX "unit_organisation_id_idx" ON "unit"("organisation_id");

-- CreateIndex
CREATE UNIQUE INDEX "clinician_hpr_number_key" ON "clinician"("hpr_number");

-- CreateIndex
CREATE UNIQUE INDEX "clinician_person_id_key" ON "clinician"("person_id");

-- CreateIndex
CREATE UNIQUE INDEX "clinician_national_id_key" ON "clinician"("national_id");

-- CreateIndex
CREATE INDEX "unit_membership_unit_id_idx" ON "unit_membership"("unit_id");

-- CreateIndex
CREATE INDEX "user_session_person_id_idx" ON "user_session"("person_id");

-- CreateIndex
CREATE INDEX "user_session_clinician_id_idx" ON "user_session"("clinician_id");

-- CreateIndex
CREATE INDEX "proxy_grant_grantor_id_idx" ON "proxy_grant"("grantor_id");

-- CreateIndex
CREATE INDEX "proxy_grant_grantee_id_idx" ON "proxy_grant"("grantee_id");

-- CreateIndex
CREATE INDEX "care_relation_unit_id_person_id_idx" ON "care_relation"("unit_id", "person_id");

-- CreateIndex
CREATE UNIQUE INDEX "care_relation_person_id_unit_id_kind_source_id_key" ON "care_relation"("person_id", "unit_id", "kind", "source_id");

-- CreateIndex
CREATE INDEX "shielding_person_id_clinician_id_idx" ON "shielding"("person_id", "clinician_id");

-- CreateIndex
CREATE INDEX "access_log_entry_person_id_occurred_at_idx" ON "access_log_entry"("person_id", "occurred_at" DESC);

-- CreateIndex
CREATE INDEX "access_log_entry_actor_person_id_idx" ON "access_log_entry"("actor_person_id");

-- CreateIndex
CREATE UNIQUE INDEX "access_log_entry_person_id_seq_key" ON "access_log_entry"("person_id", "seq");

-- CreateIndex
CREATE INDEX "slot_unit_id_starts_at_idx" ON "slot"("unit_id", "starts_at");

-- CreateIndex
CREATE INDEX "slot_clinician_id_starts_at_idx" ON "slot"("clinician_id", "starts_at");

-- CreateIndex
CREATE UNIQUE INDEX "appointment_holds_slot_id_key" ON "appointment"("holds_slot_id");

-- CreateIndex
CREATE UNIQUE INDEX "appointment_replaces_id_key" ON "appointment"("replaces_id");

-- CreateIndex
CREATE INDEX "appointment_person_id_status_idx" ON "appointment"("person_id", "status");

-- CreateIndex
CREATE INDEX "appointment_slot_id_idx" ON "appointment"("slot_id");

-- CreateIndex
CREATE INDEX "questionnaire_unit_id_active_idx" ON "questionnaire"("unit_id", "active");

-- CreateIndex
CREATE UNIQUE INDEX "questionnaire_response_appointment_id_key" ON "questionnaire_response"("appointment_id");

-- CreateIndex
CREATE UNIQUE INDEX "notification_dedupe_key_key" ON "notification"("dedupe_key");

-- CreateIndex
CREATE INDEX "notification_sent_at_idx" ON "notification"("sent_at");

-- AddForeignKey
ALTER TABLE "person" ADD CONSTRAINT "person_address_id_fkey" FOREIGN KEY ("address_id") REFERENCES "address"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "parental_responsibility" ADD CONSTRAINT "parental_responsibility_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "parental_responsibility" ADD CONSTRAINT "parental_responsibility_child_id_fkey" FOREIGN KEY ("child_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "clinician" ADD CONSTRAINT "clinician_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_membership" ADD CONSTRAINT "unit_membership_clinician_id_fkey" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit_membership" ADD CONSTRAINT "unit_membership_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_admin" ADD CONSTRAINT "organisation_admin_clinician_id_fkey" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "organisation_admin" ADD CONSTRAINT "organisation_admin_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_session" ADD CONSTRAINT "user_session_clinician_id_fkey" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proxy_grant" ADD CONSTRAINT "proxy_grant_grantor_id_fkey" FOREIGN KEY ("grantor_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proxy_grant" ADD CONSTRAINT "proxy_grant_grantee_id_fkey" FOREIGN KEY ("grantee_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proxy_grant" ADD CONSTRAINT "proxy_grant_ended_by_id_fkey" FOREIGN KEY ("ended_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "care_relation" ADD CONSTRAINT "care_relation_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "care_relation" ADD CONSTRAINT "care_relation_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shielding" ADD CONSTRAINT "shielding_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "shielding" ADD CONSTRAINT "shielding_clinician_id_fkey" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "slot" ADD CONSTRAINT "slot_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "slot" ADD CONSTRAINT "slot_clinician_id_fkey" FOREIGN KEY ("clinician_id") REFERENCES "clinician"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_slot_id_fkey" FOREIGN KEY ("slot_id") REFERENCES "slot"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_booked_by_id_fkey" FOREIGN KEY ("booked_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_replaces_id_fkey" FOREIGN KEY ("replaces_id") REFERENCES "appointment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "appointment" ADD CONSTRAINT "appointment_cancelled_by_id_fkey" FOREIGN KEY ("cancelled_by_id") REFERENCES "person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire" ADD CONSTRAINT "questionnaire_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_response" ADD CONSTRAINT "questionnaire_response_appointment_id_fkey" FOREIGN KEY ("appointment_id") REFERENCES "appointment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_response" ADD CONSTRAINT "questionnaire_response_questionnaire_id_fkey" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "questionnaire_response" ADD CONSTRAINT "questionnaire_response_authored_by_id_fkey" FOREIGN KEY ("authored_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
