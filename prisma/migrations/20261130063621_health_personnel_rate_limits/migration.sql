-- AlterTable
ALTER TABLE "unit_membership" ADD COLUMN     "ended_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "profession" (
    "code" TEXT NOT NULL,
    "may_give_emergency_care" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "profession_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "unit_kind_policy" (
    "kind" "UnitKind" NOT NULL,
    "allows_emergency_access" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "unit_kind_policy_pkey" PRIMARY KEY ("kind")
);

-- CreateTable
CREATE TABLE "rate_limit_counter" (
    "scope" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "rate_limit_counter_pkey" PRIMARY KEY ("scope","key","window_start")
);

-- CreateIndex
CREATE INDEX "rate_limit_counter_window_start_idx" ON "rate_limit_counter"("window_start");

-- Which professions give emergency care, and which unit kinds may use emergency access. Data, so an
-- organisation can change it without a release; unknown professions and kinds get no emergency access.
INSERT INTO "profession" ("code", "may_give_emergency_care") VALUES
    ('lege', true),
    ('sykepleier', true),
    ('helsesykepleier', false),
    ('jordmor', false),
    ('psykolog', false),
    ('fysioterapeut', false),
    ('vernepleier', false),
    ('helsefagarbeider', false),
    ('ergoterapeut', false),
    ('farmasøyt', false),
    ('bioingeniør', false),
    ('legesekretær', false),
    ('helsesekretær', false),
    ('rådgiver', false)
ON CONFLICT ("code") DO NOTHING;

INSERT INTO "unit_kind_policy" ("kind", "allows_emergency_access") VALUES
    ('EMERGENCY_WARD', true),
    ('HOSPITAL_DEPARTMENT', true),
    ('GP_PRACTICE', true),
    ('HOME_NURSING', false),
    ('PHYSIOTHERAPY', false),
    ('MENTAL_HEALTH', false),
    ('SUBSTANCE_ABUSE', false),
    ('HEALTH_STATION', false)
ON CONFLICT ("kind") DO NOTHING;
