/*
  Warnings:

  - You are about to alter the column `x` on the `Keep` table. The data in that column could be lost. The data in that column will be cast from `VarChar(191)` to `Int`.
  - You are about to drop the `Old` table. If the table is not empty, all the data it contains will be lost.

*/
-- AlterTable
ALTER TABLE `Keep` MODIFY `x` INTEGER NOT NULL;

-- DropTable
DROP TABLE `Old`;
