/*
  Warnings:

  - You are about to drop the `Old` table. If the table is not empty, all the data it contains will be lost.
  - You are about to alter the column `x` on the `Keep` table. The data in that column could be lost. The data in that column will be cast from `String` to `Int`.

*/
-- DropIndex
DROP INDEX "Old_name_key";

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Old";
PRAGMA foreign_keys=on;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Keep" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "x" INTEGER NOT NULL
);
INSERT INTO "new_Keep" ("id", "x") SELECT "id", "x" FROM "Keep";
DROP TABLE "Keep";
ALTER TABLE "new_Keep" RENAME TO "Keep";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
