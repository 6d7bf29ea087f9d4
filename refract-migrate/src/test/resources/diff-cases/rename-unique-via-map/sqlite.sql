-- RedefineIndex
DROP INDEX "Article_slug_key";
CREATE UNIQUE INDEX "article_slug_unique" ON "Article"("slug");
