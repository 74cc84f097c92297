-- CreateTable
CREATE TABLE "AccountSuspension" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "startedAt" TIMESTAMP(3) NOT NULL,
    "endedAt" TIMESTAMP(3),

    CONSTRAINT "AccountSuspension_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AccountSuspension_accountId_startedAt_idx" ON "AccountSuspension"("accountId", "startedAt");

-- AddForeignKey
ALTER TABLE "AccountSuspension" ADD CONSTRAINT "AccountSuspension_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Accounts suspended before this table: their suspension runs from the last status change.
INSERT INTO "AccountSuspension" ("id", "accountId", "startedAt")
SELECT 'suspension-' || "id", "id", COALESCE("statusChangedAt", "createdAt") FROM "Account" WHERE "status" = 'SUSPENDED';
