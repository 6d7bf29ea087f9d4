-- RenameIndex
ALTER TABLE `Article` RENAME INDEX `Article_author_idx` TO `article_author_index`;
