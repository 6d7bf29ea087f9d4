-- CreateIndex
CREATE INDEX "Article_slug_idx" ON "Article" USING HASH ("slug");
