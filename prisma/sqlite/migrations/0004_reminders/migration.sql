-- AlterTable
ALTER TABLE "Chat" ADD COLUMN "pausedAt" DATETIME;

-- AlterTable
ALTER TABLE "OutboxItem" ADD COLUMN "payload" TEXT;

-- CreateTable
CREATE TABLE "ReminderSchedule" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "chatId" TEXT NOT NULL,
    "day" INTEGER,
    "time" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "ReminderSchedule_chatId_key" ON "ReminderSchedule"("chatId");

