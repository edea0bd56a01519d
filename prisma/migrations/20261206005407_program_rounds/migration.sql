-- AlterTable
ALTER TABLE "ProgramApplication" ADD COLUMN     "roundId" UUID;

-- CreateTable
CREATE TABLE "ProgramRound" (
    "id" UUID NOT NULL,
    "programId" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "closesOn" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ProgramRound_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ProgramRound_year_idx" ON "ProgramRound"("year");

-- CreateIndex
CREATE UNIQUE INDEX "ProgramRound_programId_year_name_key" ON "ProgramRound"("programId", "year", "name");

-- CreateIndex
CREATE INDEX "ProgramApplication_roundId_idx" ON "ProgramApplication"("roundId");

-- AddForeignKey
ALTER TABLE "ProgramRound" ADD CONSTRAINT "ProgramRound_programId_fkey" FOREIGN KEY ("programId") REFERENCES "Program"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgramApplication" ADD CONSTRAINT "ProgramApplication_roundId_fkey" FOREIGN KEY ("roundId") REFERENCES "ProgramRound"("id") ON DELETE SET NULL ON UPDATE CASCADE;
