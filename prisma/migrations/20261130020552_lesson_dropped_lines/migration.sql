-- AlterTable
ALTER TABLE "Lesson" ADD COLUMN     "droppedLines" JSONB NOT NULL DEFAULT '[]';
