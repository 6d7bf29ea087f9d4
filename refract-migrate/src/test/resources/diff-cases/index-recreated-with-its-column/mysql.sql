/*
  Warnings:

  - You are about to alter the column `code` on the `Item` table. The data in that column could be lost. The data in that column will be cast from `VarChar(191)` to `Int`.

*/
-- AlterTable
ALTER TABLE `Item` MODIFY `code` INTEGER NOT NULL;
