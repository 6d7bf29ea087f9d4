/*
  Warnings:

  - You are about to alter the column `amount` on the `Price` table. The data in that column could be lost. The data in that column will be cast from `Decimal(10,2)` to `Decimal(12,4)`.

*/
-- AlterTable
ALTER TABLE `Price` MODIFY `amount` DECIMAL(12, 4) NOT NULL;
