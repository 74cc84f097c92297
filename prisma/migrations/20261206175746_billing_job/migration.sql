-- CreateTable
CREATE TABLE "BillingCharge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "accountId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "BillingCharge_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "BillingCharge_runId_fkey" FOREIGN KEY ("runId") REFERENCES "BillingRun" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_BillingRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "period" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'QUEUED',
    "runAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "cursor" TEXT,
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "billed" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    "createdById" TEXT,
    "accounts" INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "new_BillingRun" ("accounts", "createdById", "finishedAt", "id", "period", "startedAt") SELECT "accounts", "createdById", "finishedAt", "id", "period", "startedAt" FROM "BillingRun";
DROP TABLE "BillingRun";
ALTER TABLE "new_BillingRun" RENAME TO "BillingRun";
CREATE UNIQUE INDEX "BillingRun_period_key" ON "BillingRun"("period");
CREATE INDEX "BillingRun_status_runAt_idx" ON "BillingRun"("status", "runAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "BillingCharge_runId_idx" ON "BillingCharge"("runId");

-- CreateIndex
CREATE UNIQUE INDEX "BillingCharge_accountId_period_key" ON "BillingCharge"("accountId", "period");


-- Runs from before the job: a finished one is DONE, with its invoices as its counts. An
-- unfinished one (its process died) stays QUEUED, due at once, and the worker resumes it.
UPDATE "BillingRun" SET "runAt" = "startedAt";
UPDATE "BillingRun" SET "status" = 'DONE', "total" = "accounts", "processed" = "accounts", "billed" = "accounts" WHERE "finishedAt" IS NOT NULL;
