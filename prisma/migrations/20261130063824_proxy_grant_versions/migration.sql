-- AlterTable
ALTER TABLE "proxy_grant" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "proxy_grant_version" (
    "id" UUID NOT NULL,
    "grant_id" UUID NOT NULL,
    "version" INTEGER NOT NULL,
    "level" "ProxyLevel" NOT NULL,
    "categories" "DataCategory"[],
    "valid_from" TIMESTAMPTZ(3) NOT NULL,
    "valid_until" TIMESTAMPTZ(3),
    "replaced_at" TIMESTAMPTZ(3) NOT NULL,
    "replaced_by_id" UUID NOT NULL,

    CONSTRAINT "proxy_grant_version_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "proxy_grant_version_grant_id_version_key" ON "proxy_grant_version"("grant_id", "version");

-- AddForeignKey
ALTER TABLE "proxy_grant_version" ADD CONSTRAINT "proxy_grant_version_grant_id_fkey" FOREIGN KEY ("grant_id") REFERENCES "proxy_grant"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "proxy_grant_version" ADD CONSTRAINT "proxy_grant_version_replaced_by_id_fkey" FOREIGN KEY ("replaced_by_id") REFERENCES "person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
