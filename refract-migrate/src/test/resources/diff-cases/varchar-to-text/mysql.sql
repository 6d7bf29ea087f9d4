-- AlterTable
ALTER TABLE `Note` MODIFY `body` TEXT NOT NULL;
