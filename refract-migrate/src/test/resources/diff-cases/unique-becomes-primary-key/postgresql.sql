-- AlterTable
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_pkey" PRIMARY KEY ("userId", "teamId");

-- DropIndex
DROP INDEX "Membership_userId_teamId_key";
