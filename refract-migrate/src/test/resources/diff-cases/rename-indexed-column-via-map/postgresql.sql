/*
  Warnings:

  - You are about to drop the column `title` on the `Article` table. All the data in the column will be lost.
  - Added the required column `headline` to the `Article` table without a default value. This is not possible if the table is not empty.

*/
-- DropIndex
DROP INDEX "Article_title_idx";

-- AlterTable
ALTER TABLE "Article" DROP COLUMN "title",
ADD COLUMN     "headline" TEXT NOT NULL;

-- CreateIndex
CREATE INDEX "Article_headline_idx" ON "Article"("headline");
