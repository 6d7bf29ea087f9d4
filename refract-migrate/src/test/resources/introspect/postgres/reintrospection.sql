-- Re-introspection: a database created from reintrospection.previous.prisma, plus a new table and column
CREATE TYPE "user_role" AS ENUM ('admin', 'member', 'guest');
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "email_address" TEXT NOT NULL,
    "role" "user_role" NOT NULL DEFAULT 'member',
    "updated_at" TIMESTAMP(3) NOT NULL,
    "nickname" TEXT,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "blog_posts" (
    "id" SERIAL NOT NULL,
    "author_id" TEXT NOT NULL,
    "reviewer_id" TEXT,
    "slug" TEXT NOT NULL,
    "lang" TEXT NOT NULL,

    CONSTRAINT "blog_posts_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "Follow" (
    "followerId" TEXT NOT NULL,
    "followingId" TEXT NOT NULL,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("followerId", "followingId")
);
CREATE TABLE "tags" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "tags_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "_PostTags" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_PostTags_AB_pkey" PRIMARY KEY ("A","B")
);
CREATE TABLE "audit_entries" (
    "id" BIGSERIAL NOT NULL,
    "message" TEXT NOT NULL,

    CONSTRAINT "audit_entries_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "users_email_address_key" ON "users"("email_address");
CREATE UNIQUE INDEX "post_slug_lang" ON "blog_posts"("slug", "lang");
CREATE INDEX "blog_posts_author_id_idx" ON "blog_posts"("author_id");
CREATE INDEX "_PostTags_B_index" ON "_PostTags"("B");
ALTER TABLE "blog_posts" ADD CONSTRAINT "blog_posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "blog_posts" ADD CONSTRAINT "blog_posts_reviewer_id_fkey" FOREIGN KEY ("reviewer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_followerId_fkey" FOREIGN KEY ("followerId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_followingId_fkey" FOREIGN KEY ("followingId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_PostTags" ADD CONSTRAINT "_PostTags_A_fkey" FOREIGN KEY ("A") REFERENCES "blog_posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_PostTags" ADD CONSTRAINT "_PostTags_B_fkey" FOREIGN KEY ("B") REFERENCES "tags"("id") ON DELETE CASCADE ON UPDATE CASCADE;
CREATE TABLE "comments" (
    "id" SERIAL NOT NULL,
    "post_id" INTEGER NOT NULL,
    "body" TEXT NOT NULL,

    CONSTRAINT "comments_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "comments" ADD CONSTRAINT "comments_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "blog_posts"("id") ON DELETE CASCADE ON UPDATE CASCADE;
