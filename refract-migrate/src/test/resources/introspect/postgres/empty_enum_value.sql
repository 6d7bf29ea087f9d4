-- An empty enum value: EMPTY_ENUM_VALUE @map(""), as Prisma writes it (refract-schema's validator does not accept @map("") on enum values yet)
CREATE TYPE "Answer" AS ENUM ('', 'yes', 'no');
CREATE TABLE "Poll" (
    "id" SERIAL NOT NULL,
    "answer" "Answer" NOT NULL DEFAULT '',

    CONSTRAINT "Poll_pkey" PRIMARY KEY ("id")
);
