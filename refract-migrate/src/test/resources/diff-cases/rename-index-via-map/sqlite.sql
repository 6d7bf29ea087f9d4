-- RedefineIndex
DROP INDEX "Article_author_idx";
CREATE INDEX "article_author_index" ON "Article"("author");
