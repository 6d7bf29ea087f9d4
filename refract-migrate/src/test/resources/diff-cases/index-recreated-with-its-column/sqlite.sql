/*
  Warnings:

  - You are about to alter the column `code` on the `Item` table. The data in that column could be lost. The data in that column will be cast from `String` to `Int`.

*/
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Item" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" INTEGER NOT NULL
);
INSERT INTO "new_Item" ("code", "id") SELECT "code", "id" FROM "Item";
DROP TABLE "Item";
ALTER TABLE "new_Item" RENAME TO "Item";
CREATE INDEX "Item_code_idx" ON "Item"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
