-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Setting" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "ratio" REAL NOT NULL DEFAULT 1.25,
    "limit" BIGINT NOT NULL DEFAULT -1,
    "label" TEXT NOT NULL
);
INSERT INTO "new_Setting" ("enabled", "id", "label", "limit", "ratio") SELECT "enabled", "id", "label", "limit", "ratio" FROM "Setting";
DROP TABLE "Setting";
ALTER TABLE "new_Setting" RENAME TO "Setting";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
