-- DropIndex
DROP INDEX "article_idx";

-- CreateIndex
CREATE INDEX "article_idx" ON "Article"("title");
