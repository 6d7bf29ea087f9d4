-- DropIndex
DROP INDEX `article_idx` ON `Article`;

-- CreateIndex
CREATE INDEX `article_idx` ON `Article`(`title`);
