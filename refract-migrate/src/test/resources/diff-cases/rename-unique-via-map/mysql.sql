-- RenameIndex
ALTER TABLE `Article` RENAME INDEX `Article_slug_key` TO `article_slug_unique`;
