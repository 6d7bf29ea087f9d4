-- AlterTable
ALTER TABLE `Membership` ADD PRIMARY KEY (`userId`, `teamId`);

-- DropIndex
DROP INDEX `Membership_userId_teamId_key` ON `Membership`;
