-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('APPOINTMENTS', 'MESSAGES', 'RESULTS');

-- CreateTable
CREATE TABLE "notification_setting" (
    "person_id" UUID NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "changed_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_setting_pkey" PRIMARY KEY ("person_id","kind","channel")
);

-- AddForeignKey
ALTER TABLE "notification_setting" ADD CONSTRAINT "notification_setting_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
