-- CreateTable
CREATE TABLE "T" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "day" DATE NOT NULL DEFAULT CURRENT_DATE,
    "at" TIMESTAMP(3) NOT NULL DEFAULT now(),
    "sum" INTEGER NOT NULL DEFAULT 1 + 1,
    "text" TEXT NOT NULL DEFAULT 'x'::text,
    "meta" JSONB NOT NULL DEFAULT '{}'::jsonb,
    "tags" TEXT[] DEFAULT ARRAY[]::text[],
    "lower" TEXT NOT NULL DEFAULT lower('ABC'),
    "any" TEXT NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);

