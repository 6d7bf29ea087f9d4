-- Prisma's PostgreSQL spelling of native types, defaults and indexes (enum from langfuse 20230530204241_auth_api_ui style)
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'with space', '1st');
CREATE TABLE "User" (
  "id" SERIAL NOT NULL,
  "email" TEXT NOT NULL,
  "name" VARCHAR(191),
  "role" "Role" NOT NULL DEFAULT 'USER',
  "roles" "Role"[] DEFAULT ARRAY['ADMIN']::"Role"[],
  "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
  "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "ts6" TIMESTAMP,
  "tz" TIMESTAMPTZ(6) DEFAULT now(),
  "uid" UUID NOT NULL DEFAULT gen_random_uuid(),
  "uid2" UUID DEFAULT '5b0b3c6f-2a4e-4e2a-9f44-1c6e8d3a1b2c',
  "d" DATE DEFAULT '2020-01-01',
  "ts7" TIMESTAMP(3) DEFAULT '2020-01-01 00:00:00',
  "amount" DECIMAL(10,2) DEFAULT 1.50,
  "big" DECIMAL(65,30),
  "free" DECIMAL,
  "f" REAL,
  "b" BYTEA DEFAULT '\x0102',
  "j" JSON DEFAULT '[]',
  "jb" JSONB DEFAULT '{}',
  "search" tsvector,
  "ch" CHAR,
  "bits" BIT(3),
  "sm" SMALLINT DEFAULT -1,
  "nonce" TEXT DEFAULT md5(random()::text),
  "my col" TEXT,
  "1st" INTEGER,
  CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "custom_idx" ON "User"("name" DESC, "createdAt");
CREATE INDEX "User_tags_idx" ON "User" USING GIN ("tags");
CREATE INDEX "User_jb_idx" ON "User" USING GIN ("jb" jsonb_path_ops);
CREATE INDEX "User_partial_idx" ON "User"("name") WHERE "sm" > 0;
CREATE INDEX "User_expr_idx" ON "User"(lower("email"));
CREATE TABLE "post-table" (
  "id" TEXT NOT NULL,
  "authorId" INTEGER NOT NULL,
  "editorId" INTEGER,
  CONSTRAINT "post-table_pkey" PRIMARY KEY ("id")
);
ALTER TABLE "post-table" ADD CONSTRAINT "post-table_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "post-table" ADD CONSTRAINT "editor_fk" FOREIGN KEY ("editorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE NO ACTION;
CREATE TABLE "nokey" ("a" INTEGER, "b" TEXT);
CREATE TABLE "Tag" ("id" SERIAL NOT NULL, CONSTRAINT "Tag_pkey" PRIMARY KEY ("id"));
CREATE TABLE "_TagToUser" ("A" INTEGER NOT NULL, "B" INTEGER NOT NULL, CONSTRAINT "_TagToUser_AB_pkey" PRIMARY KEY ("A","B"));
CREATE INDEX "_TagToUser_B_index" ON "_TagToUser"("B");
ALTER TABLE "_TagToUser" ADD CONSTRAINT "_TagToUser_A_fkey" FOREIGN KEY ("A") REFERENCES "Tag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_TagToUser" ADD CONSTRAINT "_TagToUser_B_fkey" FOREIGN KEY ("B") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
COMMENT ON TABLE "Tag" IS 'tags';
COMMENT ON COLUMN "Tag"."id" IS 'the id';
