-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "title" TEXT NOT NULL DEFAULT 'it''s';
