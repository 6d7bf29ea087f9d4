-- CreateTable
CREATE TABLE "Member" (
    "id" INTEGER NOT NULL,
    "teamOrg" INTEGER NOT NULL,
    "teamSlug" TEXT NOT NULL,

    CONSTRAINT "Member_pkey" PRIMARY KEY ("id")
);

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_teamOrg_teamSlug_fkey" FOREIGN KEY ("teamOrg", "teamSlug") REFERENCES "Team"("orgId", "slug") ON DELETE RESTRICT ON UPDATE CASCADE;
