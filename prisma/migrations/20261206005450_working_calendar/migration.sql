-- CreateEnum
CREATE TYPE "CalendarSource" AS ENUM ('OFFICIAL', 'OFFICE');

-- AlterTable
ALTER TABLE "Project" ADD COLUMN     "referrerAnswerNote" TEXT;

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" DATE NOT NULL,
    "working" BOOLEAN NOT NULL,
    "name" TEXT NOT NULL,
    "source" "CalendarSource" NOT NULL DEFAULT 'OFFICE',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateTable
CREATE TABLE "CalendarYear" (
    "year" INTEGER NOT NULL,
    "loadedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CalendarYear_pkey" PRIMARY KEY ("year")
);
