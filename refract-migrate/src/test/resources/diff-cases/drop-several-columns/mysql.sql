/*
  Warnings:

  - You are about to drop the column `expiresAt` on the `Account` table. All the data in the column will be lost.
  - You are about to drop the column `secret` on the `Account` table. All the data in the column will be lost.
  - You are about to drop the column `token` on the `Account` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE `Account` DROP COLUMN `expiresAt`,
    DROP COLUMN `secret`,
    DROP COLUMN `token`;
