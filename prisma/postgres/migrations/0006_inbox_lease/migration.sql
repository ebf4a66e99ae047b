-- DropIndex
DROP INDEX "InboxUpdate_status_idx";

-- AlterTable
ALTER TABLE "InboxUpdate" ADD COLUMN     "leaseUntil" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "InboxUpdate_status_leaseUntil_idx" ON "InboxUpdate"("status", "leaseUntil");

