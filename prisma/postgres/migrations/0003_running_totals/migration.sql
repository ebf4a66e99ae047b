-- DropIndex
DROP INDEX "Report_taskId_unitId_sentAt_idx";

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "expectedTotal" DOUBLE PRECISION,
ADD COLUMN     "inconsistency" TEXT,
ADD COLUMN     "runningSeq" INTEGER,
ADD COLUMN     "runningTotal" DOUBLE PRECISION;

-- CreateIndex
CREATE INDEX "Report_taskId_unitId_sentAt_runningSeq_idx" ON "Report"("taskId", "unitId", "sentAt", "runningSeq");

-- CreateIndex
CREATE INDEX "Report_sentAt_idx" ON "Report"("sentAt");

