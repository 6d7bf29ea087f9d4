/*
  Warnings:

  - You are about to drop the `Old` table. If the table is not empty, all the data it contains will be lost.
  - Changed the type of `x` on the `Keep` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.

*/
-- AlterTable
ALTER TABLE "Keep" DROP COLUMN "x",
ADD COLUMN     "x" INTEGER NOT NULL;

-- DropTable
DROP TABLE "Old";
