// The projects ledger (台账) as .xlsx in the government table layout of report-workbook.ts: a merged title,
// a note line, one header row with the columns of ledger-columns.ts after 序号, one row per project. The
// same file imports back (its header row is found below the title), so a ledger goes out and comes back in;
// its 项目编号 and 版本号 columns make an edited row update its project (ledger-update.ts). A second sheet,
// 人才投入, carries the year's spending (ledger-spending.ts).
import ExcelJS from 'exceljs'
import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts'
import { ledgerFields, ledgerHeaders, type LedgerField } from '../../domain/ledger/ledger-columns.ts'
import { countyDay, dayAsDate } from '../../domain/ledger/ledger-dates.ts'
import {
  agreementLabels,
  channelLabels,
  stageLabels,
  statusLabels,
  talentClassLabels,
} from '../../domain/ledger/ledger-labels.ts'
import { displayPhone, maskPhone } from '@talent/rules/phone'
import { ledgerVersion } from '../../domain/ledger/ledger-update.ts'
import {
  agreementLabelsEn,
  channelLabelsEn,
  ledgerHeadersEn,
  ledgerSheetWords,
  stageLabelsEn,
  statusLabelsEn,
  talentClassLabelsEn,
} from '../../domain/ledger/ledger-english.ts'
import type { Locale } from '../../locale/locale.ts'
import { spendingColumns, spendingSheetWords } from '../../domain/ledger/ledger-spending.ts'
import type { LedgerSpending } from './ledger-spending.ts'

const words = {
  'zh-CN': {
    headers: ledgerHeaders,
    talentClass: talentClassLabels,
    channel: channelLabels,
    stage: stageLabels,
    status: statusLabels,
    agreement: agreementLabels,
  },
  en: {
    headers: ledgerHeadersEn,
    talentClass: talentClassLabelsEn,
    channel: channelLabelsEn,
    stage: stageLabelsEn,
    status: statusLabelsEn,
    agreement: agreementLabelsEn,
  },
}

const thin = { style: 'thin' as const }
const border = { top: thin, left: thin, bottom: thin, right: thin }
const dateFields = new Set<LedgerField>(['registeredOn', 'signedAt', 'landedAt'])
const moneyFields = new Set<LedgerField>(['plannedInvestment', 'investmentAgreed', 'registeredCapital'])
const widths: Partial<Record<LedgerField, number>> = {
  title: 24,
  employer: 20,
  companyName: 24,
  uscc: 22,
  statusReason: 20,
  phone: 14,
  projectId: 38,
}

export const ledgerProject = {
  id: true,
  version: true,
  talentId: true,
  unitId: true,
  ownerId: true,
  title: true,
  industry: true,
  sourceChannel: true,
  referrer: true,
  stage: true,
  status: true,
  statusReason: true,
  plannedInvestment: true,
  registeredCapital: true,
  createdAt: true,
  talent: { select: { name: true, phone: true, employer: true, talentClass: true, consentWithdrawnAt: true } },
  unit: { select: { name: true } },
  owner: { select: { name: true } },
  signing: { select: { signedAt: true, agreementKind: true, investmentAgreed: true, version: true } },
  landing: { select: { registeredAt: true, companyName: true, uscc: true, registeredCapital: true, version: true } },
} satisfies Prisma.ProjectSelect

export type LedgerProject = Prisma.ProjectGetPayload<{ select: typeof ledgerProject }>
type Cell = string | number | Date | null

export function loadLedgerProjects(prisma: PrismaClient, unitId: string | null) {
  return prisma.project.findMany({
    where: unitId ? { unitId } : {},
    select: ledgerProject,
    relationLoadStrategy: 'join',
    orderBy: [{ unit: { name: 'asc' } }, { createdAt: 'asc' }, { id: 'asc' }],
  })
}

const money = (value: { toString(): string } | null | undefined) =>
  value === null || value === undefined ? null : Number(value.toString())
const day = (value: Date | null | undefined) => (value ? dayAsDate(value.toISOString().slice(0, 10)) : null)

/** One project as ledger cells; `phones` says whether the lead talent's phone goes out in full. */
export function ledgerCells(
  project: LedgerProject,
  phones: 'FULL' | 'MASKED',
  locale: Locale = 'zh-CN',
): Record<LedgerField, Cell> {
  const phone = project.talent.phone
  const labels = words[locale]
  return {
    title: project.title,
    talentName: project.talent.name,
    talentClass: labels.talentClass[project.talent.talentClass] || null,
    // A talent who withdrew consent goes out masked even to the office: the number may no longer be used.
    phone: phone
      ? phones === 'FULL' && !project.talent.consentWithdrawnAt
        ? displayPhone(phone)
        : maskPhone(phone)
      : null,
    employer: project.talent.employer,
    industry: project.industry,
    sourceChannel: labels.channel[project.sourceChannel],
    referrer: project.referrer,
    unit: project.unit.name,
    owner: project.owner?.name ?? null,
    stage: labels.stage[project.stage],
    status: labels.status[project.status],
    statusReason: project.statusReason,
    plannedInvestment: money(project.plannedInvestment),
    registeredOn: dayAsDate(countyDay(project.createdAt)),
    signedAt: day(project.signing?.signedAt),
    agreementKind: project.signing ? labels.agreement[project.signing.agreementKind] : null,
    investmentAgreed: money(project.signing?.investmentAgreed),
    landedAt: day(project.landing?.registeredAt),
    companyName: project.landing?.companyName ?? null,
    uscc: project.landing?.uscc ?? null,
    registeredCapital: money(project.landing?.registeredCapital ?? project.registeredCapital),
    projectId: project.id,
    version: ledgerVersion(project),
  }
}

/** The 人才投入 sheet (ledger-spending.ts): a header row, then one row per spending; it imports back. */
function addSpendingSheet(workbook: ExcelJS.Workbook, spending: LedgerSpending[], locale: Locale) {
  const words = spendingSheetWords[locale]
  const sheet = workbook.addWorksheet(words.sheet)
  sheet.getRow(1).values = spendingColumns.map((column) => words.headers[column])
  spending.forEach((row, index) => {
    sheet.getRow(index + 2).values = [row.unit.code, day(row.spentOn), money(row.amount), row.purpose]
  })
  for (let r = 1; r <= spending.length + 1; r++) {
    for (let c = 1; c <= spendingColumns.length; c++) {
      const cell = sheet.getCell(r, c)
      cell.border = border
      if (r === 1) cell.font = { bold: true }
      else if (c === 2) cell.numFmt = 'yyyy-mm-dd'
      else if (c === 3) cell.numFmt = '0.00'
    }
  }
  for (const [i, width] of [16, 12, 14, 40].entries()) sheet.getColumn(i + 1).width = width
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
}

export async function ledgerWorkbook(
  heading: { title: string; note: string; author: string },
  projects: LedgerProject[],
  phones: 'FULL' | 'MASKED',
  locale: Locale = 'zh-CN',
  spending: LedgerSpending[] = [],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = heading.author
  const sheet = workbook.addWorksheet(ledgerSheetWords[locale].sheet, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  const columns = 1 + ledgerFields.length
  sheet.mergeCells(1, 1, 1, columns)
  sheet.getCell(1, 1).value = heading.title
  sheet.getCell(1, 1).font = { name: '方正小标宋简体', size: 18, bold: true }
  sheet.getCell(1, 1).alignment = { horizontal: 'center' }
  sheet.mergeCells(2, 1, 2, columns)
  sheet.getCell(2, 1).value = heading.note
  sheet.getCell(2, 1).alignment = { horizontal: 'right' }
  const top = 3
  sheet.getRow(top).values = [
    ledgerSheetWords[locale].number,
    ...ledgerFields.map((field) => words[locale].headers[field]),
  ]
  projects.forEach((project, index) => {
    const cells = ledgerCells(project, phones, locale)
    sheet.getRow(top + 1 + index).values = [index + 1, ...ledgerFields.map((field) => cells[field])]
  })
  for (let r = top; r <= top + projects.length; r++) {
    for (let c = 1; c <= columns; c++) {
      const cell = sheet.getCell(r, c)
      const field = ledgerFields[c - 2]
      cell.border = border
      cell.alignment = { horizontal: r === top || c === 1 ? 'center' : 'left', vertical: 'middle', wrapText: true }
      if (r === top) cell.font = { bold: true }
      else if (field && dateFields.has(field)) cell.numFmt = 'yyyy-mm-dd'
      else if (field && moneyFields.has(field)) cell.numFmt = '0.00'
      // Phones and credit codes stay text: Excel would show a long number in scientific notation.
      else if (field === 'phone' || field === 'uscc' || field === 'projectId') cell.numFmt = '@'
    }
  }
  ledgerFields.forEach((field, i) => {
    sheet.getColumn(i + 2).width = widths[field] ?? (dateFields.has(field) ? 12 : 10)
  })
  sheet.getColumn(1).width = 6
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: top }]
  addSpendingSheet(workbook, spending, locale)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
