-- AlterTable
ALTER TABLE `Setting` ADD COLUMN `value` JSON NULL;
