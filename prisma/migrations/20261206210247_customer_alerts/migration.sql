-- CreateTable
CREATE TABLE "AlertPreference" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "isEmailOn" BOOLEAN NOT NULL,
    "isNoticeOn" BOOLEAN NOT NULL,
    "thresholdTiyn" INTEGER,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "AlertPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "AlertPreference_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "LowBalanceState" (
    "userId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "alertedAt" DATETIME,

    PRIMARY KEY ("userId", "accountId"),
    CONSTRAINT "LowBalanceState_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "LowBalanceState_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "AlertDelivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "key" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    CONSTRAINT "AlertDelivery_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Notice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "audience" TEXT NOT NULL,
    "accountId" TEXT,
    "userId" TEXT,
    "serviceId" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'GENERAL',
    "severity" TEXT NOT NULL DEFAULT 'INFO',
    "titleRu" TEXT NOT NULL,
    "titleKk" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "bodyRu" TEXT NOT NULL,
    "bodyKk" TEXT NOT NULL,
    "bodyEn" TEXT NOT NULL,
    "publishAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Notice_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notice_serviceId_fkey" FOREIGN KEY ("serviceId") REFERENCES "Service" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Notice" ("accountId", "audience", "bodyEn", "bodyKk", "bodyRu", "createdAt", "createdById", "id", "kind", "publishAt", "serviceId", "severity", "titleEn", "titleKk", "titleRu") SELECT "accountId", "audience", "bodyEn", "bodyKk", "bodyRu", "createdAt", "createdById", "id", "kind", "publishAt", "serviceId", "severity", "titleEn", "titleKk", "titleRu" FROM "Notice";
DROP TABLE "Notice";
ALTER TABLE "new_Notice" RENAME TO "Notice";
CREATE INDEX "Notice_audience_publishAt_idx" ON "Notice"("audience", "publishAt");
CREATE INDEX "Notice_accountId_publishAt_idx" ON "Notice"("accountId", "publishAt");
CREATE INDEX "Notice_userId_publishAt_idx" ON "Notice"("userId", "publishAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AlertPreference_accountId_kind_idx" ON "AlertPreference"("accountId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "AlertPreference_userId_accountId_kind_key" ON "AlertPreference"("userId", "accountId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "AlertDelivery_key_key" ON "AlertDelivery"("key");

-- CreateIndex
CREATE INDEX "AlertDelivery_accountId_idx" ON "AlertDelivery"("accountId");

