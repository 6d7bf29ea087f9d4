-- CreateTable
CREATE TABLE `Member` (
    `id` INTEGER NOT NULL,
    `teamOrg` INTEGER NOT NULL,
    `teamSlug` VARCHAR(191) NOT NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- AddForeignKey
ALTER TABLE `Member` ADD CONSTRAINT `Member_teamOrg_teamSlug_fkey` FOREIGN KEY (`teamOrg`, `teamSlug`) REFERENCES `Team`(`orgId`, `slug`) ON DELETE RESTRICT ON UPDATE CASCADE;
