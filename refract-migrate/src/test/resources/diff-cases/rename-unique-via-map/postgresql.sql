-- RenameIndex
ALTER INDEX "Article_slug_key" RENAME TO "article_slug_unique";
