/*
  Warnings:

  - The primary key for the `Membership` table will be changed. If it partially fails, the table could be left without primary key constraint.

*/
-- AlterTable
ALTER TABLE `Membership` DROP PRIMARY KEY,
    ADD PRIMARY KEY (`userId`, `teamId`);
