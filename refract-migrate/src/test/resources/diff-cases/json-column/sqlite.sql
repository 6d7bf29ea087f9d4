-- AlterTable
ALTER TABLE "Setting" ADD COLUMN "value" JSONB;
