-- AlterTable
ALTER TABLE `Counter` MODIFY `value` BIGINT NOT NULL;
