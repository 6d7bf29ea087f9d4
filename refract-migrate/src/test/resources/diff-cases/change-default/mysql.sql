-- AlterTable
ALTER TABLE `Task` MODIFY `status` VARCHAR(191) NOT NULL DEFAULT 'todo';
