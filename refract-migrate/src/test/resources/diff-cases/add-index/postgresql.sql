-- CreateIndex
CREATE INDEX "Article_author_idx" ON "Article"("author");
