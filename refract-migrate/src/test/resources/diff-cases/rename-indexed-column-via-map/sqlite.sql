/*
  Warnings:

  - You are about to drop the column `title` on the `Article` table. All the data in the column will be lost.
  - Added the required column `headline` to the `Article` table without a default value. This is not possible if the table is not empty.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Article" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "headline" TEXT NOT NULL
);
INSERT INTO "new_Article" ("id") SELECT "id" FROM "Article";
DROP TABLE "Article";
ALTER TABLE "new_Article" RENAME TO "Article";
CREATE INDEX "Article_headline_idx" ON "Article"("headline");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
