-- CreateTable
CREATE TABLE "AccountSuspension" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "startedAt" DATETIME NOT NULL,
    "endedAt" DATETIME,
    CONSTRAINT "AccountSuspension_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AccountSuspension_accountId_startedAt_idx" ON "AccountSuspension"("accountId", "startedAt");


-- Accounts suspended before this table: their suspension runs from the last status change.
INSERT INTO "AccountSuspension" ("id", "accountId", "startedAt")
SELECT 'suspension-' || "id", "id", COALESCE("statusChangedAt", "createdAt") FROM "Account" WHERE "status" = 'SUSPENDED';
