/*
  Warnings:

  - The `notes` column on the `Item` table would be dropped and recreated. This will lead to data loss if there is data in the column.
  - Changed the type of `code` on the `Item` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.

*/
-- AlterTable
ALTER TABLE "Item" DROP COLUMN "code",
ADD COLUMN     "code" INTEGER NOT NULL,
DROP COLUMN "notes",
ADD COLUMN     "notes" INTEGER;
