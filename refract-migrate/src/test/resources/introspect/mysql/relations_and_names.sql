-- MySQL: a self relation, two relations between the same tables, odd names, a table without a key
CREATE TABLE `employee-list` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `manager id` INTEGER NULL,
    `mentorId` INTEGER NULL,
    `state` ENUM('active', 'on leave') NOT NULL DEFAULT 'active',
    `tags` SET('a', 'b') NULL,

    UNIQUE INDEX `employee-list_mentorId_key`(`mentorId`),
    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `Team` (
    `id` INTEGER NOT NULL AUTO_INCREMENT,
    `leadId` INTEGER NOT NULL,
    `deputyId` INTEGER NULL,

    PRIMARY KEY (`id`)
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

CREATE TABLE `visits` (
    `at` DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    `employee` INTEGER NOT NULL
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

ALTER TABLE `employee-list` ADD CONSTRAINT `employee-list_manager id_fkey` FOREIGN KEY (`manager id`) REFERENCES `employee-list`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `employee-list` ADD CONSTRAINT `mentor_fk` FOREIGN KEY (`mentorId`) REFERENCES `employee-list`(`id`) ON DELETE NO ACTION ON UPDATE NO ACTION;
ALTER TABLE `Team` ADD CONSTRAINT `Team_leadId_fkey` FOREIGN KEY (`leadId`) REFERENCES `employee-list`(`id`) ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE `Team` ADD CONSTRAINT `Team_deputyId_fkey` FOREIGN KEY (`deputyId`) REFERENCES `employee-list`(`id`) ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE `visits` ADD CONSTRAINT `visits_employee_fkey` FOREIGN KEY (`employee`) REFERENCES `employee-list`(`id`) ON DELETE CASCADE ON UPDATE CASCADE;
