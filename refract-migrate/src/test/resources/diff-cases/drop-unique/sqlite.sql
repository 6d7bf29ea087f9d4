-- DropIndex
DROP INDEX "Article_slug_key";
