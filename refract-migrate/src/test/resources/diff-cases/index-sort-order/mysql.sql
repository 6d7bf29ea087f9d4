-- CreateIndex
CREATE INDEX `Article_author_title_idx` ON `Article`(`author`, `title` DESC);
