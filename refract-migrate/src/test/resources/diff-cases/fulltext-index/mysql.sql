-- CreateIndex
CREATE FULLTEXT INDEX `Article_title_body_idx` ON `Article`(`title`, `body`);
