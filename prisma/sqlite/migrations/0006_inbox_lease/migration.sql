-- DropIndex
DROP INDEX "InboxUpdate_status_idx";

-- AlterTable
ALTER TABLE "InboxUpdate" ADD COLUMN "leaseUntil" DATETIME;

-- CreateIndex
CREATE INDEX "InboxUpdate_status_leaseUntil_idx" ON "InboxUpdate"("status", "leaseUntil");

