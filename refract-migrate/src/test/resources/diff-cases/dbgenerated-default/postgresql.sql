-- AlterTable
ALTER TABLE "Token" ADD COLUMN     "value" UUID NOT NULL DEFAULT gen_random_uuid();
