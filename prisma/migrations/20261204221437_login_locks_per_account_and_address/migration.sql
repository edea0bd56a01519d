-- AlterTable
ALTER TABLE "Session" ADD COLUMN     "previousSignInAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "loginUnlockedAt" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "LoginLock" (
    "id" UUID NOT NULL,
    "login" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "lockedAt" TIMESTAMPTZ(3) NOT NULL,
    "until" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "LoginLock_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LoginLock_login_address_lockedAt_idx" ON "LoginLock"("login", "address", "lockedAt");

-- CreateIndex
CREATE INDEX "LoginLock_login_lockedAt_idx" ON "LoginLock"("login", "lockedAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_login_address_at_idx" ON "LoginAttempt"("login", "address", "at");
