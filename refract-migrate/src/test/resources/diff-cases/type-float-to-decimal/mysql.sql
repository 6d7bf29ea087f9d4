-- AlterTable
ALTER TABLE `Price` MODIFY `amount` DECIMAL(65, 30) NOT NULL;
