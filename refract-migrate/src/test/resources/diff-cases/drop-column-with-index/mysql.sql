/*
  Warnings:

  - You are about to drop the column `author` on the `Article` table. All the data in the column will be lost.

*/
-- DropIndex
DROP INDEX `Article_author_idx` ON `Article`;

-- AlterTable
ALTER TABLE `Article` DROP COLUMN `author`;
