-- CreateIndex
CREATE INDEX `Article_body_idx` ON `Article`(`body`(20));
