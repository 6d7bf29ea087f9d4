-- AlterTable
ALTER TABLE "Setting" ADD COLUMN     "value" JSONB NOT NULL DEFAULT '{}';
