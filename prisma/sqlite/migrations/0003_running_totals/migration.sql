-- DropIndex
DROP INDEX "Report_taskId_unitId_sentAt_idx";

-- AlterTable
ALTER TABLE "Report" ADD COLUMN "expectedTotal" REAL;
ALTER TABLE "Report" ADD COLUMN "inconsistency" TEXT;
ALTER TABLE "Report" ADD COLUMN "runningSeq" INTEGER;
ALTER TABLE "Report" ADD COLUMN "runningTotal" REAL;

-- CreateIndex
CREATE INDEX "Report_taskId_unitId_sentAt_runningSeq_idx" ON "Report"("taskId", "unitId", "sentAt", "runningSeq");

-- CreateIndex
CREATE INDEX "Report_sentAt_idx" ON "Report"("sentAt");

