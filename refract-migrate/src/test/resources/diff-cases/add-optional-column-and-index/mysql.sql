-- AlterTable
ALTER TABLE `Note` ADD COLUMN `topic` VARCHAR(191) NULL;

-- CreateIndex
CREATE INDEX `Note_topic_idx` ON `Note`(`topic`);
