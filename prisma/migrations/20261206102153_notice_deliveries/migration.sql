-- CreateEnum
CREATE TYPE "NoticeKind" AS ENUM ('FOLLOW_UP_DUE', 'PROJECT_ASSIGNED', 'PROJECT_MEMBER_ADDED', 'SUPPORT_ASSIGNED', 'SUPPORT_REASSIGNED', 'SUPPORT_ESCALATED', 'SUPPORT_RESOLVED', 'SUPPORT_REOPENED', 'CLAIM_CONFLICT', 'REPORT_ISSUED', 'REPORT_REMINDER', 'ACCOUNT_LOCKED', 'DIGEST');

-- CreateEnum
CREATE TYPE "NoticeChannel" AS ENUM ('WEB_PUSH', 'WEBHOOK');

-- CreateEnum
CREATE TYPE "DeliveryStatus" AS ENUM ('FAILED', 'PENDING', 'SENT');

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" UUID NOT NULL,
    "pushKinds" "NoticeKind"[],
    "webhookKinds" "NoticeKind"[],
    "quietStart" INTEGER,
    "quietEnd" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "NoticeDelivery" (
    "id" UUID NOT NULL,
    "noticeId" UUID NOT NULL,
    "channel" "NoticeChannel" NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "NoticeKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "noticeCreatedAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMPTZ(3) NOT NULL,
    "lastAttemptAt" TIMESTAMPTZ(3),
    "lastStatus" INTEGER,
    "lastError" TEXT,
    "sentAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NoticeDelivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "WebhookEndpoint" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "defaultKinds" "NoticeKind"[],
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "WebhookEndpoint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "NoticeDelivery_status_nextAttemptAt_idx" ON "NoticeDelivery"("status", "nextAttemptAt");

-- CreateIndex
CREATE UNIQUE INDEX "NoticeDelivery_noticeId_channel_key" ON "NoticeDelivery"("noticeId", "channel");

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NoticeDelivery" ADD CONSTRAINT "NoticeDelivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
