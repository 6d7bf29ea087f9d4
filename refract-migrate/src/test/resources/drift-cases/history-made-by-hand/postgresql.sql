-- what hand-edited migrations leave behind: a value added later, NOT NULL on a list, a long name cut by PostgreSQL
CREATE TYPE "Status" AS ENUM ('OPEN', 'CLOSED');

-- next migration
ALTER TYPE "Status" ADD VALUE 'NEW';

-- next migration

CREATE TABLE "Ticket" (
    "id" INTEGER NOT NULL,
    "status" "Status" NOT NULL DEFAULT 'NEW',
    "labels" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "organizationIdentifierForBilling" TEXT NOT NULL,
    "departmentIdentifierForEscalations" TEXT NOT NULL,
    "categoryIdentifierForReporting" TEXT NOT NULL,

    CONSTRAINT "Ticket_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "Ticket_organizationIdentifierForBilling_departmentIdentifierForEscalations_categoryIdentifierForReporting_key" ON "Ticket"("organizationIdentifierForBilling", "departmentIdentifierForEscalations", "categoryIdentifierForReporting");
