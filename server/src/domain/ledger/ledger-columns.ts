// The columns of the projects ledger (台账): what the export writes, in order, and how an imported sheet's
// headers are matched to them. Hand-kept ledgers name columns differently (姓名 for 人才姓名, 电话 for 手机号,
// 单位 for 工作单位 …), so each field has a list of names it answers to; the user may correct the guess.
// The export ends with 项目编号 and 版本号: a row that carries them updates that project when it comes back.
// An English export (ledger-english.ts) comes back too: its headers are names the fields answer to.
import { ledgerHeadersEn } from './ledger-english.ts'

export const ledgerFields = [
  'title',
  'talentName',
  'talentClass',
  'phone',
  'employer',
  'industry',
  'sourceChannel',
  'referrer',
  'unit',
  'owner',
  'stage',
  'status',
  'statusReason',
  'plannedInvestment',
  'registeredOn',
  'signedAt',
  'agreementKind',
  'investmentAgreed',
  'landedAt',
  'companyName',
  'uscc',
  'registeredCapital',
  'projectId',
  'version',
] as const

export type LedgerField = (typeof ledgerFields)[number]

/** The header the export writes; also the first name the import answers to. */
export const ledgerHeaders: Record<LedgerField, string> = {
  title: '项目名称',
  talentName: '人才姓名',
  talentClass: '人才类别',
  phone: '手机号',
  employer: '工作单位',
  industry: '产业方向',
  sourceChannel: '来源渠道',
  referrer: '推荐人',
  unit: '所属单位',
  owner: '负责人',
  stage: '阶段',
  status: '状态',
  statusReason: '状态说明',
  plannedInvestment: '计划投资（万元）',
  registeredOn: '登记日期',
  signedAt: '签约日期',
  agreementKind: '协议类型',
  investmentAgreed: '协议投资（万元）',
  landedAt: '落地日期',
  companyName: '企业名称',
  uscc: '统一社会信用代码',
  registeredCapital: '注册资本（万元）',
  projectId: '项目编号',
  version: '版本号',
}

const otherNames: Record<LedgerField, string[]> = {
  title: ['项目', '项目名', '项目名称及内容', '人才项目'],
  talentName: ['姓名', '人才', '领军人才', '人才姓名(领衔人)', '领衔人'],
  talentClass: ['人才层次', '人才等级', '类别', '层次', '人才类型'],
  phone: ['手机', '电话', '手机号码', '联系电话', '联系方式', '电话号码'],
  employer: ['单位', '现工作单位', '就职单位', '原单位', '工作单位及职务', '所在单位'],
  industry: ['产业', '行业', '所属行业', '产业领域', '所属产业', '领域'],
  sourceChannel: ['来源', '线索来源', '渠道', '引进渠道'],
  referrer: ['引荐人', '介绍人', '推荐人/引荐人'],
  unit: ['责任单位', '归属单位', '园区/镇街', '所属园区', '所属镇街', '承接单位'],
  owner: ['跟进人', '责任人', '项目负责人', '对接人', '招引人'],
  stage: ['项目阶段', '进展阶段', '当前阶段', '进度'],
  status: ['项目状态', '跟进状态'],
  statusReason: ['原因', '流失原因', '暂缓原因', '备注说明'],
  plannedInvestment: ['计划投资', '计划投资额', '拟投资', '投资额', '计划总投资'],
  registeredOn: ['录入日期', '立项日期', '登记时间', '线索日期'],
  signedAt: ['签约时间'],
  agreementKind: ['协议种类', '签约类型'],
  investmentAgreed: ['协议投资', '签约投资', '协议投资额'],
  landedAt: ['落地时间', '注册日期', '注册时间', '落地注册日期'],
  companyName: ['公司名称', '落地企业', '注册企业', '企业'],
  uscc: ['信用代码', '社会信用代码', '统一信用代码', '统一社会信用代码(税号)'],
  registeredCapital: ['注册资本'],
  // Not 编号: hand-kept ledgers use it for the row's number.
  projectId: ['项目ID', '系统编号'],
  version: ['版本'],
}

/** A header as people type it: no spaces or line breaks, half-width brackets, no unit suffix like （万元）. */
export function normalizeHeader(header: string): string {
  return header
    .replace(/\s+/g, '')
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(/\((万元|元|万)\)$/, '')
    .replace(/[*＊]/g, '')
    .toLowerCase()
}

const fieldByName = new Map<string, LedgerField>(
  ledgerFields.flatMap((field) =>
    [ledgerHeaders[field], ...otherNames[field], ledgerHeadersEn[field]].map(
      (name) => [normalizeHeader(name), field] as const,
    ),
  ),
)

export function fieldForHeader(header: string): LedgerField | undefined {
  return fieldByName.get(normalizeHeader(header))
}

export interface ColumnMapping {
  /** 1-based, as Excel counts (A = 1). */
  column: number
  /** The header as the sheet wrote it. */
  header: string
  /** Null: the column is not imported. */
  field: LedgerField | null
}

/**
 * One field per column from the headers' names, then the user's corrections (by column; a null field
 * drops the column). The first column naming a field wins; a second one is ignored, not merged.
 */
export function mapColumns(
  headers: string[],
  corrections: { column: number; field: LedgerField | null }[] = [],
): ColumnMapping[] {
  const corrected = new Map(corrections.map((item) => [item.column, item.field]))
  const taken = new Set<LedgerField>()
  return headers.map((header, index) => {
    const column = index + 1
    const wanted = corrected.has(column) ? corrected.get(column)! : (fieldForHeader(header) ?? null)
    if (!wanted || taken.has(wanted)) return { column, header, field: null }
    taken.add(wanted)
    return { column, header, field: wanted }
  })
}

/** Without these a row cannot become a project. */
export const requiredFields: LedgerField[] = ['title', 'talentName', 'unit']

/** A row reads as the header row when it names at least three fields, the project or the talent among them. */
export function looksLikeHeader(cells: string[]): boolean {
  const fields = new Set(cells.map(fieldForHeader).filter(Boolean))
  return fields.size >= 3 && (fields.has('title') || fields.has('talentName'))
}
