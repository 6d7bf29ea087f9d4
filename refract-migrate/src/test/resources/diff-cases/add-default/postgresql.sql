-- AlterTable
ALTER TABLE "Task" ALTER COLUMN "priority" SET DEFAULT 3;
