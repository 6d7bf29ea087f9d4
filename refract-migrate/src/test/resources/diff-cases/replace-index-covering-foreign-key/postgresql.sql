-- DropIndex
DROP INDEX "Post_authorId_title_idx";

-- CreateIndex
CREATE INDEX "Post_title_idx" ON "Post"("title");
