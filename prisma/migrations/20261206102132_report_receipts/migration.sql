-- CreateTable
CREATE TABLE "ReportReceipt" (
    "reportId" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "unitId" UUID NOT NULL,
    "openedAt" TIMESTAMPTZ(3),
    "remindedAt" TIMESTAMPTZ(3),
    "reminders" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ReportReceipt_pkey" PRIMARY KEY ("reportId","userId")
);

-- CreateIndex
CREATE INDEX "ReportReceipt_userId_idx" ON "ReportReceipt"("userId");

-- AddForeignKey
ALTER TABLE "ReportReceipt" ADD CONSTRAINT "ReportReceipt_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReceipt" ADD CONSTRAINT "ReportReceipt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportReceipt" ADD CONSTRAINT "ReportReceipt_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
