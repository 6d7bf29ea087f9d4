-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "topic" TEXT;

-- CreateIndex
CREATE INDEX "Note_topic_idx" ON "Note"("topic");
