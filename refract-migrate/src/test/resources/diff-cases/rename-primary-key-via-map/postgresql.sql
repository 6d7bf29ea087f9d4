-- AlterTable
ALTER TABLE "Team" RENAME CONSTRAINT "Team_pkey" TO "team_pk";
