// One row of an imported ledger, read into what the system stores, with every problem in Chinese. Rules
// that need no database live here: required cells, phone and USCC checks, known labels, and the gates of
// the pipeline (a signed project has a signing date, a landed one a company with a valid USCC), and the days
// of a signing and a landing as the stage form checks them (signing-landing.ts).
import { z } from 'zod'
import type { AgreementKind, ProjectStatus, SourceChannel, Stage, TalentClass } from '../../generated/prisma/enums.ts'
import type { LedgerField } from './ledger-columns.ts'
import {
  agreementLabels,
  agreementOf,
  allowed,
  channelLabels,
  channelOf,
  stageLabels,
  stageOf,
  statusLabels,
  statusOf,
  talentClassOf,
} from './ledger-labels.ts'
import { amount, optionalText, requiredText } from '../parse.ts'
import { leadLimits } from '@talent/rules/lead'
import { landingLimits, projectLimits } from '@talent/rules/limits'
import { normalizePhone, phoneFormatHint } from '@talent/rules/phone'
import { stageIndex } from '@talent/rules/stage'
import { normalizeUscc, usccProblem } from '@talent/rules/uscc'
import { ledgerDay } from './ledger-dates.ts'
import { recordDaysProblems } from '../signing-landing.ts'

export type LedgerCell = string | Date

/** JSON-safe (dates as YYYY-MM-DD): an import batch keeps these rows between preview and commit. */
export interface LedgerRowValues {
  title: string
  talentName: string
  talentClass: TalentClass
  phone: string | null
  employer: string | null
  industry: string | null
  sourceChannel: SourceChannel
  referrer: string | null
  unitName: string | null
  ownerName: string | null
  stage: Stage
  status: ProjectStatus
  /** What a new project's status is recorded with (台账导入 when the cell is blank). */
  statusReason: string | null
  /** The 状态说明 cell itself: a status change of an existing project needs it, as the form does. */
  givenStatusReason: string | null
  plannedInvestment: string | null
  /** The project's; the landed company's too when there is one. */
  registeredCapital: string | null
  registeredOn: string | null
  signing: { signedAt: string; agreementKind: AgreementKind; investmentAgreed: string | null } | null
  landing: { registeredAt: string; companyName: string; uscc: string; registeredCapital: string | null } | null
  /** The 项目编号 and 版本号 an exported ledger carries: the row updates that project. */
  projectId: string | null
  version: number | null
}

export interface ReadLedgerRow {
  rowNumber: number
  /** The row's 项目名称 and 人才姓名 as written, also when the row cannot be read: messages name the project. */
  title: string | null
  talentName: string | null
  values: LedgerRowValues | null
  errors: string[]
  notes: string[]
}

// 1,234.5 / 1234.5万元 as typed; 0.30000000000000004 as a sum computed in Excel stores it.
const moneyText = (text: string) => {
  const plain = text.replace(/[,，\s]/g, '').replace(/万元?$/, '')
  const value = Number(plain)
  return /^\d+\.\d{3,}$/.test(plain) && Math.abs(value * 100 - Math.round(value * 100)) < 1e-6
    ? String(Math.round(value * 100) / 100)
    : plain
}
const money = (label: string) =>
  z.preprocess((text) => (typeof text === 'string' ? moneyText(text) || null : text), amount(label))

const plainCells = z.object({
  title: requiredText(projectLimits.title, '项目名称'),
  talentName: requiredText(leadLimits.talentName, '人才姓名'),
  employer: optionalText(leadLimits.employer, '工作单位'),
  industry: optionalText(projectLimits.industry, '产业方向'),
  referrer: optionalText(projectLimits.referrer, '推荐人'),
  unit: optionalText(100, '所属单位'),
  owner: optionalText(50, '负责人'),
  statusReason: optionalText(500, '状态说明'),
  plannedInvestment: money('计划投资（万元）'),
  investmentAgreed: money('协议投资（万元）'),
  registeredCapital: money('注册资本（万元）'),
  companyName: optionalText(landingLimits.companyName, '企业名称'),
})

const text = (cell: LedgerCell | undefined) =>
  cell instanceof Date ? cell.toISOString().slice(0, 10) : (cell ?? '').trim()

export function readLedgerRow(rowNumber: number, cells: Partial<Record<LedgerField, LedgerCell>>): ReadLedgerRow {
  const errors: string[] = []
  const notes: string[] = []
  const plain = plainCells.safeParse(
    Object.fromEntries(Object.keys(plainCells.shape).map((key) => [key, text(cells[key as LedgerField]) || null])),
  )
  if (!plain.success) errors.push(...plain.error.issues.map((issue) => issue.message))

  const label = <T>(
    field: LedgerField,
    name: string,
    parse: (value: string) => T | undefined,
    blank: T,
    labels?: Record<string, string>,
  ): T => {
    const value = text(cells[field])
    if (!value) return blank
    const parsed = parse(value)
    if (parsed === undefined) errors.push(`${name}“${value}”无法识别${labels ? `（可填：${allowed(labels)}）` : ''}`)
    return parsed ?? blank
  }
  const talentClass = label('talentClass', '人才类别', talentClassOf, 'NONE' as TalentClass, {
    A: 'A类',
    B: 'B类',
    C: 'C类',
    D: 'D类',
  })
  const stage = label('stage', '阶段', stageOf, 'LEAD' as Stage, stageLabels)
  const status = label('status', '状态', statusOf, 'ACTIVE' as ProjectStatus, statusLabels)
  const agreementKind = label(
    'agreementKind',
    '协议类型',
    agreementOf,
    undefined as AgreementKind | undefined,
    agreementLabels,
  )
  const sourceChannel = label('sourceChannel', '来源渠道', channelOf, 'OTHER' as SourceChannel, channelLabels)
  if (!text(cells.sourceChannel)) notes.push('未填来源渠道，按“其他”登记')

  const phoneText = text(cells.phone)
  const phone = phoneText ? normalizePhone(phoneText) : null
  if (phoneText.includes('*')) errors.push(`手机号“${phoneText}”已打码，无法导入：请填写完整号码或留空`)
  else if (phoneText && !phone) errors.push(`电话号码“${phoneText}”格式不正确：${phoneFormatHint}`)

  const day = (field: LedgerField, name: string) => {
    const value = cells[field]
    if (!text(value)) return null
    const parsed = ledgerDay(value!)
    if (!parsed) errors.push(`${name}“${text(value)}”无法识别（请写成 2026-03-05）`)
    return parsed
  }
  const registeredOn = day('registeredOn', '登记日期')
  const signedAt = day('signedAt', '签约日期')
  const landedAt = day('landedAt', '落地日期')
  const usccText = text(cells.uscc)
  const uscc = usccText ? normalizeUscc(usccText) : null
  const usccError = uscc ? usccProblem(uscc) : null
  if (usccError) errors.push(usccError)

  const reached = (at: Stage) => stageIndex(stage) >= stageIndex(at)
  const companyName = plain.success ? plain.data.companyName : null
  const hasLanding = Boolean(landedAt || companyName || uscc)
  if (reached('SIGNED') && !signedAt && !text(cells.signedAt))
    errors.push(`阶段为“${stageLabels[stage]}”须填写签约日期`)
  if (reached('LANDED') || hasLanding) {
    const missing = [
      !landedAt && !text(cells.landedAt) && '落地日期',
      !companyName && '企业名称',
      !uscc && '统一社会信用代码',
    ].filter(Boolean)
    if (missing.length)
      errors.push(
        reached('LANDED')
          ? `阶段为“${stageLabels[stage]}”须填写${missing.join('、')}`
          : `落地信息不完整：缺少${missing.join('、')}`,
      )
    if (!signedAt && !text(cells.signedAt) && !reached('SIGNED')) errors.push('填写了落地信息须同时填写签约日期')
  }
  errors.push(...recordDaysProblems({ signedAt, landedAt }).map((problem) => problem.message))
  const projectIdText = text(cells.projectId)
  const projectId = projectIdText ? (z.uuid().safeParse(projectIdText.toLowerCase()).data ?? null) : null
  if (projectIdText && !projectId) errors.push(`项目编号“${projectIdText}”格式不正确：请保留导出时的编号，新项目留空`)
  const versionText = text(cells.version)
  const version = /^\d{1,9}$/.test(versionText) && Number(versionText) > 0 ? Number(versionText) : null
  if (versionText && !version) errors.push(`版本号“${versionText}”不正确：请保留导出时的版本号`)
  if (signedAt && !agreementKind && !text(cells.agreementKind)) notes.push('未填协议类型，按“人才引进协议”登记')

  const named = { title: text(cells.title) || null, talentName: text(cells.talentName) || null }
  if (errors.length || !plain.success) return { rowNumber, ...named, values: null, errors, notes }
  const cell = plain.data
  return {
    rowNumber,
    ...named,
    errors,
    notes,
    values: {
      title: cell.title,
      talentName: cell.talentName,
      talentClass,
      phone,
      employer: cell.employer,
      industry: cell.industry,
      sourceChannel,
      referrer: cell.referrer,
      unitName: cell.unit,
      ownerName: cell.owner,
      stage,
      status,
      statusReason: status === 'ACTIVE' ? null : (cell.statusReason ?? '台账导入'),
      givenStatusReason: status === 'ACTIVE' ? null : cell.statusReason,
      plannedInvestment: cell.plannedInvestment,
      registeredCapital: cell.registeredCapital,
      registeredOn,
      signing: signedAt
        ? { signedAt, agreementKind: agreementKind ?? 'TALENT_INTRODUCTION', investmentAgreed: cell.investmentAgreed }
        : null,
      landing:
        landedAt && companyName && uscc
          ? { registeredAt: landedAt, companyName, uscc, registeredCapital: cell.registeredCapital }
          : null,
      projectId,
      version,
    },
  }
}
