-- AlterTable
ALTER TABLE "SupportRequest" ADD COLUMN     "escalationLevel" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "lastEscalatedAt" TIMESTAMPTZ(3);

-- Requests already escalated are at the talent office, level 1, since their escalation.
UPDATE "SupportRequest" SET "escalationLevel" = 1, "lastEscalatedAt" = "escalatedAt" WHERE "escalatedAt" IS NOT NULL;
