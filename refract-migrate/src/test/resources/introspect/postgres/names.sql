-- Names that are not identifiers, reserved names, empty enum values, and tables without a usable identifier
CREATE TYPE "order-status" AS ENUM ('new order', 'shipped', '-');
CREATE TABLE "order-items" (
    "item id" SERIAL NOT NULL,
    "2fa" BOOLEAN NOT NULL DEFAULT false,
    "status" "order-status" NOT NULL DEFAULT 'new order',
    "?" TEXT,
    "PrismaClient_id" INTEGER,

    CONSTRAINT "order-items_pkey" PRIMARY KEY ("item id")
);
CREATE TABLE "PrismaClient" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "PrismaClient_pkey" PRIMARY KEY ("id")
);
CREATE TABLE "audit_log" (
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "item" INTEGER,
    "payload" JSONB
);
CREATE TABLE "nullable_unique" (
    "code" TEXT,
    "shape" tsvector NOT NULL
);
CREATE UNIQUE INDEX "nullable_unique_code_key" ON "nullable_unique"("code");
CREATE UNIQUE INDEX "nullable_unique_shape_key" ON "nullable_unique"("shape");
ALTER TABLE "order-items" ADD CONSTRAINT "order-items_PrismaClient_id_fkey" FOREIGN KEY ("PrismaClient_id") REFERENCES "PrismaClient"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_item_fkey" FOREIGN KEY ("item") REFERENCES "order-items"("item id") ON DELETE SET NULL ON UPDATE CASCADE;
COMMENT ON COLUMN "audit_log"."payload" IS 'raw event';
