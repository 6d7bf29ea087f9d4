-- RenameIndex
ALTER INDEX "Article_author_idx" RENAME TO "article_author_index";
