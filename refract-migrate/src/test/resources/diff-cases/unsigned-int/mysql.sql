/*
  Warnings:

  - You are about to alter the column `value` on the `Counter` table. The data in that column could be lost. The data in that column will be cast from `Int` to `UnsignedInt`.

*/
-- AlterTable
ALTER TABLE `Counter` MODIFY `value` INTEGER UNSIGNED NOT NULL;
