-- schemas: auth, public
-- Two schemas with a table and an enum of the same name in both (Prisma's multiSchema layout)
CREATE SCHEMA IF NOT EXISTS "auth";
CREATE TYPE "auth"."Role" AS ENUM ('ADMIN', 'USER');
CREATE TYPE "public"."Role" AS ENUM ('OWNER', 'MEMBER');
CREATE TABLE "auth"."users" (
    "id" UUID NOT NULL,
    "role" "auth"."Role" NOT NULL DEFAULT 'USER',

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "public"."users" (
    "id" TEXT NOT NULL,
    "auth_id" UUID NOT NULL,
    "role" "public"."Role" NOT NULL DEFAULT 'MEMBER',

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "public"."posts" (
    "id" TEXT NOT NULL,
    "author_id" TEXT NOT NULL,

    CONSTRAINT "posts_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "users_auth_id_key" ON "public"."users"("auth_id");
ALTER TABLE "public"."users" ADD CONSTRAINT "users_auth_id_fkey" FOREIGN KEY ("auth_id") REFERENCES "auth"."users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "public"."posts" ADD CONSTRAINT "posts_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
