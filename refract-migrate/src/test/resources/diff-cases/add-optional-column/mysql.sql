-- AlterTable
ALTER TABLE `User` ADD COLUMN `nickname` VARCHAR(191) NULL;
