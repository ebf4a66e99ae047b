-- AlterTable
ALTER TABLE "Task" ADD COLUMN     "note" TEXT;

