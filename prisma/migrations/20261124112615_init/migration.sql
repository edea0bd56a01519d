-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "UnitKind" AS ENUM ('PARK', 'TOWN', 'DEPARTMENT', 'OFFICE');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'DEPARTMENT', 'LEADER', 'ADMIN');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE', 'UNSPECIFIED');

-- CreateEnum
CREATE TYPE "Degree" AS ENUM ('DOCTORATE', 'MASTER', 'BACHELOR', 'ASSOCIATE', 'OTHER');

-- CreateEnum
CREATE TYPE "TalentClass" AS ENUM ('A', 'B', 'C', 'D', 'NONE');

-- CreateEnum
CREATE TYPE "TalentTeam" AS ENUM ('PARTY_GOVERNMENT', 'ENTERPRISE_MANAGEMENT', 'PROFESSIONAL_TECHNICAL', 'HIGHLY_SKILLED', 'RURAL_PRACTICAL', 'SOCIAL_WORK');

-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('ENTERPRISE', 'EDUCATION', 'HEALTH', 'RESEARCH', 'PUBLIC_INSTITUTION', 'OTHER');

-- CreateEnum
CREATE TYPE "DataSource" AS ENUM ('SELF_PROVIDED', 'REFERRER', 'PUBLIC_SOURCE', 'EVENT_SIGNUP', 'OTHER');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING', 'SIGNED', 'LANDED', 'OPERATING');

-- CreateEnum
CREATE TYPE "ProjectStatus" AS ENUM ('ACTIVE', 'ON_HOLD', 'LOST');

-- CreateEnum
CREATE TYPE "SourceChannel" AS ENUM ('INVESTMENT_STAFF', 'TALENT_AMBASSADOR', 'REFERRAL', 'TECH_TOWN_LEADERS', 'UNIVERSITY', 'AGENCY', 'EVENT', 'SELF_RECOMMENDED', 'OTHER');

-- CreateEnum
CREATE TYPE "ActivityKind" AS ENUM ('CALL', 'VISIT', 'MEETING', 'EVENT', 'MESSAGE', 'NOTE');

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('TALENT_INTRODUCTION', 'INVESTMENT', 'SETTLEMENT', 'COOPERATION');

-- CreateEnum
CREATE TYPE "SupportCategory" AS ENUM ('FUNDING', 'HIRING', 'SALES', 'HOUSING', 'FINANCE', 'LEGAL', 'IP', 'POLICY', 'SCHOOLING', 'MEDICAL', 'OTHER');

-- CreateEnum
CREATE TYPE "SupportStatus" AS ENUM ('OPEN', 'ASSIGNED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED');

-- CreateEnum
CREATE TYPE "SupportEventKind" AS ENUM ('CREATED', 'ASSIGNED', 'REASSIGNED', 'PROGRESS', 'RESOLVED', 'CLOSED', 'REJECTED', 'REOPENED', 'ESCALATED', 'RATED');

-- CreateEnum
CREATE TYPE "ProgramLevel" AS ENUM ('NATIONAL', 'PROVINCE', 'CITY', 'DISTRICT');

-- CreateEnum
CREATE TYPE "ApplicationStatus" AS ENUM ('RESERVE', 'COACHING', 'SUBMITTED', 'SELECTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ServiceEventKind" AS ENUM ('STUDY_TOUR', 'HISTORY_LECTURE', 'COUNTY_TOUR', 'MATCHMAKING', 'SALON', 'OTHER');

-- CreateEnum
CREATE TYPE "IndicatorMetric" AS ENUM ('NATIONAL_MAJOR_TALENTS', 'TALENT_INVESTMENT', 'LEADS_LOGGED', 'PROJECTS_SIGNED', 'PROJECTS_LANDED', 'APPLICATIONS_SUBMITTED', 'PROGRAM_SELECTIONS', 'YOUTH_RESERVE', 'EVENT_PARTICIPANTS', 'SUPPORT_RESOLVED');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('MONTHLY', 'QUARTERLY', 'HALF_YEAR', 'BULLETIN');

-- CreateTable
CREATE TABLE "Unit" (
    "id" UUID NOT NULL,
    "kind" "UnitKind" NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "parentId" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "login" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "unitId" UUID NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "lastLoginAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "userAgent" TEXT,
    "address" TEXT,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LoginAttempt" (
    "id" UUID NOT NULL,
    "login" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "succeeded" BOOLEAN NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LoginAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Talent" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL DEFAULT 'UNSPECIFIED',
    "birthYear" INTEGER,
    "phone" TEXT,
    "email" TEXT,
    "wechat" TEXT,
    "degree" "Degree",
    "title" TEXT,
    "field" TEXT,
    "employer" TEXT,
    "country" TEXT,
    "city" TEXT,
    "overseasExperience" TEXT,
    "honours" TEXT[],
    "talentClass" "TalentClass" NOT NULL DEFAULT 'NONE',
    "talentTeam" "TalentTeam",
    "sector" "Sector",
    "tags" TEXT[],
    "notes" TEXT,
    "dataSource" "DataSource" NOT NULL DEFAULT 'SELF_PROVIDED',
    "consentNoticeVersion" TEXT,
    "consentAt" TIMESTAMPTZ(3),
    "consentRecordedById" UUID,
    "consentWithdrawnAt" TIMESTAMPTZ(3),
    "mergedIntoId" UUID,
    "createdById" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Talent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Project" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "talentId" UUID NOT NULL,
    "industry" TEXT,
    "unitId" UUID NOT NULL,
    "creditUnitId" UUID NOT NULL,
    "ownerId" UUID,
    "sourceChannel" "SourceChannel" NOT NULL,
    "referrer" TEXT,
    "stage" "Stage" NOT NULL DEFAULT 'LEAD',
    "status" "ProjectStatus" NOT NULL DEFAULT 'ACTIVE',
    "statusReason" TEXT,
    "plannedInvestment" DECIMAL(14,2),
    "registeredCapital" DECIMAL(14,2),
    "expectedLandingDate" DATE,
    "description" TEXT,
    "tags" TEXT[],
    "stageEnteredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "firstContactedAt" TIMESTAMPTZ(3),
    "assessedAt" TIMESTAMPTZ(3),
    "referrerAnsweredAt" TIMESTAMPTZ(3),
    "lastActivityAt" TIMESTAMPTZ(3),
    "nextFollowUpAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Project_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProjectMember" (
    "projectId" UUID NOT NULL,
    "talentId" UUID NOT NULL,
    "role" TEXT,

    CONSTRAINT "ProjectMember_pkey" PRIMARY KEY ("projectId","talentId")
);

-- CreateTable
CREATE TABLE "ProjectFollower" (
    "projectId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "since" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProjectFollower_pkey" PRIMARY KEY ("projectId","userId")
);

-- CreateTable
CREATE TABLE "CreditShare" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "share" DECIMAL(5,4) NOT NULL,
    "reason" TEXT NOT NULL,
    "setById" UUID NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CreditShare_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Activity" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "kind" "ActivityKind" NOT NULL,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL,
    "summary" TEXT NOT NULL,
    "nextStep" TEXT,
    "nextFollowUpAt" TIMESTAMPTZ(3),
    "participants" TEXT,
    "location" TEXT,
    "authorId" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StageChange" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "fromStage" "Stage",
    "toStage" "Stage" NOT NULL,
    "fromStatus" "ProjectStatus",
    "toStatus" "ProjectStatus" NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "byId" UUID NOT NULL,
    "note" TEXT,

    CONSTRAINT "StageChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signing" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "signedAt" DATE NOT NULL,
    "agreementKind" "AgreementKind" NOT NULL,
    "investmentAgreed" DECIMAL(14,2),
    "supportFunds" DECIMAL(14,2),
    "supportSpaceM2" DECIMAL(10,2),
    "supportApartments" INTEGER,
    "supportOther" TEXT,
    "conditions" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Signing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Landing" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "companyName" TEXT NOT NULL,
    "uscc" TEXT NOT NULL,
    "registeredAt" DATE NOT NULL,
    "registeredCapital" DECIMAL(14,2),
    "carrier" TEXT,
    "employees" INTEGER,
    "firstRevenueAt" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Landing_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TalentSpending" (
    "id" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "projectId" UUID,
    "spentOn" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "purpose" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "TalentSpending_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportRequest" (
    "id" UUID NOT NULL,
    "projectId" UUID NOT NULL,
    "category" "SupportCategory" NOT NULL,
    "description" TEXT NOT NULL,
    "departmentId" UUID,
    "dueAt" TIMESTAMPTZ(3),
    "status" "SupportStatus" NOT NULL DEFAULT 'OPEN',
    "resolution" TEXT,
    "rejectReason" TEXT,
    "satisfaction" INTEGER,
    "escalatedAt" TIMESTAMPTZ(3),
    "resolvedAt" TIMESTAMPTZ(3),
    "closedAt" TIMESTAMPTZ(3),
    "createdById" UUID NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "SupportRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportRequestEvent" (
    "id" UUID NOT NULL,
    "requestId" UUID NOT NULL,
    "kind" "SupportEventKind" NOT NULL,
    "fromUnitId" UUID,
    "toUnitId" UUID,
    "note" TEXT,
    "byId" UUID,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SupportRequestEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Program" (
    "id" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "level" "ProgramLevel" NOT NULL,
    "isNationalMajor" BOOLEAN NOT NULL DEFAULT false,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Program_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgramApplication" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "batch" TEXT,
    "talentId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "projectId" UUID,
    "status" "ApplicationStatus" NOT NULL DEFAULT 'RESERVE',
    "statusChangedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" TIMESTAMPTZ(3),
    "decidedAt" TIMESTAMPTZ(3),
    "note" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProgramApplication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceEvent" (
    "id" UUID NOT NULL,
    "kind" "ServiceEventKind" NOT NULL,
    "title" TEXT NOT NULL,
    "heldOn" DATE NOT NULL,
    "place" TEXT,
    "organiserUnitId" UUID NOT NULL,
    "description" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ServiceEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ServiceEventParticipant" (
    "eventId" UUID NOT NULL,
    "talentId" UUID NOT NULL,

    CONSTRAINT "ServiceEventParticipant_pkey" PRIMARY KEY ("eventId","talentId")
);

-- CreateTable
CREATE TABLE "AssessmentScheme" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "overBonusRate" DECIMAL(5,4) NOT NULL DEFAULT 0.5,
    "overBonusCapRatio" DECIMAL(5,4) NOT NULL DEFAULT 0.2,
    "classBonusA" DECIMAL(5,2) NOT NULL DEFAULT 1,
    "classBonusB" DECIMAL(5,2) NOT NULL DEFAULT 0.8,
    "classBonusC" DECIMAL(5,2) NOT NULL DEFAULT 0.5,
    "classBonusCap" DECIMAL(5,2) NOT NULL DEFAULT 5,
    "youthAgeLimit" INTEGER NOT NULL DEFAULT 35,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AssessmentScheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "id" UUID NOT NULL,
    "schemeId" UUID NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "metric" "IndicatorMetric" NOT NULL,
    "weight" DECIMAL(6,2) NOT NULL,
    "unitKinds" "UnitKind"[],
    "note" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" UUID NOT NULL,
    "indicatorId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "value" DECIMAL(14,2) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Report" (
    "id" UUID NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "period" TEXT NOT NULL,
    "unitId" UUID,
    "edition" INTEGER NOT NULL DEFAULT 1,
    "title" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "issuedById" UUID NOT NULL,
    "issuedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Setting_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "ImportBatch" (
    "id" UUID NOT NULL,
    "fileName" TEXT NOT NULL,
    "createdById" UUID NOT NULL,
    "committed" BOOLEAN NOT NULL DEFAULT false,
    "report" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportBatch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" UUID NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "changes" JSONB,
    "reason" TEXT,
    "address" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AppliedMutation" (
    "clientMutationId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "operation" TEXT NOT NULL,
    "resultId" TEXT,
    "appliedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppliedMutation_pkey" PRIMARY KEY ("clientMutationId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Unit_code_key" ON "Unit"("code");

-- CreateIndex
CREATE INDEX "Unit_kind_idx" ON "Unit"("kind");

-- CreateIndex
CREATE UNIQUE INDEX "User_login_key" ON "User"("login");

-- CreateIndex
CREATE INDEX "User_unitId_role_idx" ON "User"("unitId", "role");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE INDEX "Session_expiresAt_idx" ON "Session"("expiresAt");

-- CreateIndex
CREATE INDEX "LoginAttempt_login_at_idx" ON "LoginAttempt"("login", "at");

-- CreateIndex
CREATE INDEX "LoginAttempt_address_at_idx" ON "LoginAttempt"("address", "at");

-- CreateIndex
CREATE INDEX "Talent_phone_idx" ON "Talent"("phone");

-- CreateIndex
CREATE INDEX "Talent_name_employer_idx" ON "Talent"("name", "employer");

-- CreateIndex
CREATE INDEX "Talent_talentClass_idx" ON "Talent"("talentClass");

-- CreateIndex
CREATE INDEX "Talent_birthYear_idx" ON "Talent"("birthYear");

-- CreateIndex
CREATE INDEX "Project_unitId_id_idx" ON "Project"("unitId", "id" DESC);

-- CreateIndex
CREATE INDEX "Project_unitId_stage_status_idx" ON "Project"("unitId", "stage", "status");

-- CreateIndex
CREATE INDEX "Project_creditUnitId_stage_idx" ON "Project"("creditUnitId", "stage");

-- CreateIndex
CREATE INDEX "Project_talentId_status_idx" ON "Project"("talentId", "status");

-- CreateIndex
CREATE INDEX "Project_ownerId_nextFollowUpAt_idx" ON "Project"("ownerId", "nextFollowUpAt");

-- CreateIndex
CREATE INDEX "Project_stage_status_idx" ON "Project"("stage", "status");

-- CreateIndex
CREATE INDEX "Project_createdAt_idx" ON "Project"("createdAt");

-- CreateIndex
CREATE INDEX "ProjectMember_talentId_idx" ON "ProjectMember"("talentId");

-- CreateIndex
CREATE INDEX "ProjectFollower_userId_idx" ON "ProjectFollower"("userId");

-- CreateIndex
CREATE INDEX "CreditShare_unitId_idx" ON "CreditShare"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "CreditShare_projectId_unitId_key" ON "CreditShare"("projectId", "unitId");

-- CreateIndex
CREATE INDEX "Activity_projectId_occurredAt_idx" ON "Activity"("projectId", "occurredAt" DESC);

-- CreateIndex
CREATE INDEX "Activity_authorId_occurredAt_idx" ON "Activity"("authorId", "occurredAt");

-- CreateIndex
CREATE INDEX "Activity_nextFollowUpAt_idx" ON "Activity"("nextFollowUpAt");

-- CreateIndex
CREATE INDEX "StageChange_projectId_at_idx" ON "StageChange"("projectId", "at");

-- CreateIndex
CREATE INDEX "StageChange_toStage_at_idx" ON "StageChange"("toStage", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Signing_projectId_key" ON "Signing"("projectId");

-- CreateIndex
CREATE INDEX "Signing_signedAt_idx" ON "Signing"("signedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Landing_projectId_key" ON "Landing"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "Landing_uscc_key" ON "Landing"("uscc");

-- CreateIndex
CREATE INDEX "Landing_registeredAt_idx" ON "Landing"("registeredAt");

-- CreateIndex
CREATE INDEX "TalentSpending_unitId_spentOn_idx" ON "TalentSpending"("unitId", "spentOn");

-- CreateIndex
CREATE INDEX "SupportRequest_departmentId_status_idx" ON "SupportRequest"("departmentId", "status");

-- CreateIndex
CREATE INDEX "SupportRequest_projectId_idx" ON "SupportRequest"("projectId");

-- CreateIndex
CREATE INDEX "SupportRequest_status_dueAt_idx" ON "SupportRequest"("status", "dueAt");

-- CreateIndex
CREATE INDEX "SupportRequest_category_createdAt_idx" ON "SupportRequest"("category", "createdAt");

-- CreateIndex
CREATE INDEX "SupportRequestEvent_requestId_at_idx" ON "SupportRequestEvent"("requestId", "at");

-- CreateIndex
CREATE UNIQUE INDEX "Program_code_key" ON "Program"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Program_name_key" ON "Program"("name");

-- CreateIndex
CREATE INDEX "ProgramApplication_unitId_year_status_idx" ON "ProgramApplication"("unitId", "year", "status");

-- CreateIndex
CREATE INDEX "ProgramApplication_year_status_idx" ON "ProgramApplication"("year", "status");

-- CreateIndex
CREATE INDEX "ProgramApplication_talentId_idx" ON "ProgramApplication"("talentId");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramApplication_programId_year_talentId_key" ON "ProgramApplication"("programId", "year", "talentId");

-- CreateIndex
CREATE INDEX "ServiceEvent_heldOn_idx" ON "ServiceEvent"("heldOn");

-- CreateIndex
CREATE INDEX "ServiceEvent_organiserUnitId_heldOn_idx" ON "ServiceEvent"("organiserUnitId", "heldOn");

-- CreateIndex
CREATE INDEX "ServiceEventParticipant_talentId_idx" ON "ServiceEventParticipant"("talentId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentScheme_year_key" ON "AssessmentScheme"("year");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_schemeId_code_key" ON "Indicator"("schemeId", "code");

-- CreateIndex
CREATE INDEX "Target_unitId_idx" ON "Target"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Target_indicatorId_unitId_key" ON "Target"("indicatorId", "unitId");

-- CreateIndex
CREATE INDEX "Report_year_kind_idx" ON "Report"("year", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "Report_kind_year_period_unitId_edition_key" ON "Report"("kind", "year", "period", "unitId", "edition");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorId_at_idx" ON "AuditLog"("actorId", "at");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- CreateIndex
CREATE INDEX "AppliedMutation_userId_appliedAt_idx" ON "AppliedMutation"("userId", "appliedAt");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Talent" ADD CONSTRAINT "Talent_consentRecordedById_fkey" FOREIGN KEY ("consentRecordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Talent" ADD CONSTRAINT "Talent_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Talent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Talent" ADD CONSTRAINT "Talent_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_talentId_fkey" FOREIGN KEY ("talentId") REFERENCES "Talent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_creditUnitId_fkey" FOREIGN KEY ("creditUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Project" ADD CONSTRAINT "Project_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectMember" ADD CONSTRAINT "ProjectMember_talentId_fkey" FOREIGN KEY ("talentId") REFERENCES "Talent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFollower" ADD CONSTRAINT "ProjectFollower_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProjectFollower" ADD CONSTRAINT "ProjectFollower_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditShare" ADD CONSTRAINT "CreditShare_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditShare" ADD CONSTRAINT "CreditShare_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CreditShare" ADD CONSTRAINT "CreditShare_setById_fkey" FOREIGN KEY ("setById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Activity" ADD CONSTRAINT "Activity_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageChange" ADD CONSTRAINT "StageChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StageChange" ADD CONSTRAINT "StageChange_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signing" ADD CONSTRAINT "Signing_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Landing" ADD CONSTRAINT "Landing_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalentSpending" ADD CONSTRAINT "TalentSpending_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalentSpending" ADD CONSTRAINT "TalentSpending_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRequest" ADD CONSTRAINT "SupportRequest_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRequestEvent" ADD CONSTRAINT "SupportRequestEvent_requestId_fkey" FOREIGN KEY ("requestId") REFERENCES "SupportRequest"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRequestEvent" ADD CONSTRAINT "SupportRequestEvent_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRequestEvent" ADD CONSTRAINT "SupportRequestEvent_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SupportRequestEvent" ADD CONSTRAINT "SupportRequestEvent_byId_fkey" FOREIGN KEY ("byId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramApplication" ADD CONSTRAINT "ProgramApplication_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramApplication" ADD CONSTRAINT "ProgramApplication_talentId_fkey" FOREIGN KEY ("talentId") REFERENCES "Talent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramApplication" ADD CONSTRAINT "ProgramApplication_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramApplication" ADD CONSTRAINT "ProgramApplication_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceEvent" ADD CONSTRAINT "ServiceEvent_organiserUnitId_fkey" FOREIGN KEY ("organiserUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceEventParticipant" ADD CONSTRAINT "ServiceEventParticipant_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "ServiceEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ServiceEventParticipant" ADD CONSTRAINT "ServiceEventParticipant_talentId_fkey" FOREIGN KEY ("talentId") REFERENCES "Talent"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_schemeId_fkey" FOREIGN KEY ("schemeId") REFERENCES "AssessmentScheme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_issuedById_fkey" FOREIGN KEY ("issuedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImportBatch" ADD CONSTRAINT "ImportBatch_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AppliedMutation" ADD CONSTRAINT "AppliedMutation_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
