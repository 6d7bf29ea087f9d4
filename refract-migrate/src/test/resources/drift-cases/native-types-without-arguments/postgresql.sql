-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "ts" TIMESTAMP NOT NULL,
    "tz" TIMESTAMPTZ NOT NULL,
    "t" TIME NOT NULL,
    "ttz" TIMETZ NOT NULL,
    "vc" VARCHAR NOT NULL,
    "d" DECIMAL NOT NULL,
    "vb" VARBIT NOT NULL,
    "c" CHAR NOT NULL,
    "b" BIT NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);

