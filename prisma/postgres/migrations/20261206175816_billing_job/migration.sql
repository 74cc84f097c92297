-- AlterTable
ALTER TABLE "BillingRun" ADD COLUMN     "attempts" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "billed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "cursor" TEXT,
ADD COLUMN     "lastError" TEXT,
ADD COLUMN     "processed" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "status" TEXT NOT NULL DEFAULT 'QUEUED',
ADD COLUMN     "total" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "BillingCharge" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "period" TEXT NOT NULL,
    "runId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BillingCharge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BillingCharge_runId_idx" ON "BillingCharge"("runId");

-- CreateIndex
CREATE UNIQUE INDEX "BillingCharge_accountId_period_key" ON "BillingCharge"("accountId", "period");

-- CreateIndex
CREATE INDEX "BillingRun_status_runAt_idx" ON "BillingRun"("status", "runAt");

-- AddForeignKey
ALTER TABLE "BillingCharge" ADD CONSTRAINT "BillingCharge_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BillingCharge" ADD CONSTRAINT "BillingCharge_runId_fkey" FOREIGN KEY ("runId") REFERENCES "BillingRun"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Runs from before the job: a finished one is DONE, with its invoices as its counts. An
-- unfinished one (its process died) stays QUEUED, due at once, and the worker resumes it.
UPDATE "BillingRun" SET "runAt" = "startedAt";
UPDATE "BillingRun" SET "status" = 'DONE', "total" = "accounts", "processed" = "accounts", "billed" = "accounts" WHERE "finishedAt" IS NOT NULL;
