-- DropIndex
DROP INDEX "Article_author_idx";
