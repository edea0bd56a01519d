// The 台账 import's row messages in English: every error and note the preview can show a row (read, weighed
// against the system, an exported row against its project, the sheet, the 人才投入 sheet) has an English
// with no Chinese left but what the file or the system named (quoted values, units, people), and the
// refusal of a whole file tells each row's message on its own.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { makeUscc } from '@talent/rules/uscc'
import { knownEnglish, inEnglish } from '../../server/src/locale/english-errors.ts'
import type { LedgerField } from '../../server/src/domain/ledger/ledger-columns.ts'
import { readLedgerRow, type LedgerCell } from '../../server/src/domain/ledger/ledger-row.ts'
import { planLedgerImport, type KnownWorld } from '../../server/src/domain/ledger/ledger-plan.ts'
import { readLedgerSheet, sheetProblems } from '../../server/src/domain/ledger/ledger-sheet.ts'
import { ledgerUpdate, type LedgerProjectFacts } from '../../server/src/domain/ledger/ledger-update.ts'
import { planSpendingImport, readSpendingSheet } from '../../server/src/domain/ledger/ledger-spending.ts'
import { refusedRows, spendingRowsNamed } from '../../server/src/domain/ledger/ledger-report.ts'

beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-06-15T12:00:00+08:00') })
})
afterAll(() => {
  vi.useRealTimers()
})

const uscc = makeUscc('91330100MA2H00001')
const world: KnownWorld = {
  units: [
    { id: 'east', name: '东部园区', code: 'PARK_EAST', kind: 'PARK' },
    { id: 'west', name: '西部园区', code: 'PARK_WEST', kind: 'PARK' },
    { id: 'hrss', name: '人社局', code: 'HRSS', kind: 'DEPARTMENT' },
  ],
  users: [
    { id: 'u2', name: '小李', unitId: 'east' },
    { id: 'u3', name: '小李', unitId: 'east' },
  ],
  talents: [
    { id: 't1', name: '周杰', phone: null, employer: '南京大学', projects: [] },
    { id: 't2', name: '周杰', phone: '13900000002', employer: '南京大学', projects: [] },
    {
      id: 't3',
      name: '孙丽',
      phone: '13711112222',
      employer: '厦门大学',
      projects: [
        {
          id: 'p3',
          title: '海水淡化',
          unitId: 'west',
          unitName: '西部园区',
          active: true,
          claim: { unitId: 'west', unitName: '西部园区' },
        },
      ],
    },
    {
      id: 't4',
      name: '钱多多',
      phone: '13622220000',
      employer: '浙江大学',
      projects: [{ id: 'p4', title: '合成生物', unitId: 'east', unitName: '东部园区', active: true, claim: null }],
    },
  ],
  usccs: new Map([[uscc, { companyName: '旧公司', projectId: 'p-old' }]]),
  projects: new Map(),
}

const cellsOf = (cells: Partial<Record<LedgerField, LedgerCell>>[]) =>
  cells.map((c, i) => readLedgerRow(i + 2, { title: `项目${i}`, talentName: '张三', unit: '东部园区', ...c }))

const current: LedgerProjectFacts = {
  id: 'p1',
  projectVersion: 3,
  version: 4,
  writable: true,
  talentId: 't1',
  unitId: 'east',
  unitName: '东部园区',
  ownerName: '小王',
  title: '项目',
  industry: null,
  sourceChannel: 'OTHER',
  referrer: null,
  stage: 'NEGOTIATING',
  status: 'ON_HOLD',
  statusReason: '资金未到位',
  plannedInvestment: null,
  registeredCapital: null,
  registeredOn: '2026-01-05',
  talent: { name: '张三', phone: null, employer: null, talentClass: 'NONE' },
  signing: { signedAt: '2026-02-01', agreementKind: 'INVESTMENT', investmentAgreed: null },
  landing: { registeredAt: '2026-03-01', companyName: '甲公司', uscc, registeredCapital: null },
}
const exported = (cells: Partial<Record<LedgerField, LedgerCell>>) =>
  readLedgerRow(2, {
    title: '项目',
    talentName: '张三',
    unit: '东部园区',
    stage: '洽谈',
    status: '暂缓',
    statusReason: '资金未到位',
    registeredOn: '2026-01-05',
    signedAt: '2026-02-01',
    agreementKind: '投资协议',
    ...cells,
  }).values!

/** Every message of the rows, notes too: as many of the import's messages as the rules can give. */
function allMessages(): string[] {
  const read = cellsOf([
    { title: '', talentClass: 'Z类', stage: '未知', status: '未知', agreementKind: '口头' },
    { sourceChannel: '路上遇到', phone: '138****1234', registeredOn: '去年' },
    { phone: '123', uscc: 'ABC', plannedInvestment: '很多' },
    { uscc: '9111000080210043OB' },
    { uscc: '91110000802100433C' },
    { stage: '签约' },
    { stage: '落地注册', signedAt: '2026-01-01' },
    { companyName: '乙公司' },
    { signedAt: '2027-01-01', landedAt: '2027-02-01', companyName: '丙公司', uscc: makeUscc('91330100MA2H00002') },
    { projectId: 'xyz', version: 'v2', signedAt: '2026-01-01' },
  ])
  const planned = planLedgerImport(
    cellsOf([
      { unit: '' },
      { unit: '南山园区' },
      { unit: '人社局' },
      { owner: '小李' },
      { owner: '老赵' },
      { talentName: '周杰', employer: '南京大学' },
      { title: '储能', talentName: '吴刚', phone: '13622223333', stage: '签约', signedAt: '2026-01-01' },
      { title: '储能', talentName: '吴刚', phone: '13622223333' },
      { talentName: '孙丽', phone: '13711112222' },
      { talentName: '孙丽', phone: '13711112222', status: '暂缓', stage: '签约', signedAt: '2026-01-01' },
      { status: '流失', signedAt: '2026-01-01' },
      { talentName: '吴刚二', phone: '13500000000', stage: '落地注册', signedAt: '2026-01-01' },
      { title: '合成生物', talentName: '钱多多', phone: '13622220000' },
      { title: '另一个', talentName: '钱多多', phone: '13622220000' },
      { title: '再一个', talentName: '吴刚', phone: '13622223333' },
      { title: '暂停的', status: '暂缓' },
      { stage: '落地注册', signedAt: '2026-01-01', landedAt: '2026-02-01', companyName: '丁公司', uscc },
    ]),
    world,
  )
  const exportedWorld: KnownWorld = {
    ...world,
    projects: new Map([
      ['0190e000-0000-7000-8000-000000000001', { ...current, writable: false }],
      ['0190e000-0000-7000-8000-000000000002', current],
    ]),
    usccs: new Map([[makeUscc('91330100MA2H00003'), { companyName: '别家', projectId: 'p-other' }]]),
  }
  const exportedPlans = planLedgerImport(
    cellsOf([
      { projectId: '0190e000-0000-7000-8000-000000000001', title: '改名', stage: '洽谈', status: '暂缓' },
      { projectId: '0190e000-0000-7000-8000-000000000002', title: '改名二', stage: '洽谈', status: '暂缓' },
      { projectId: '0190e000-0000-7000-8000-000000000002', title: '重复' },
    ]),
    exportedWorld,
  )
  const updates = [
    ledgerUpdate(exported({ unit: '西部园区', signedAt: '', agreementKind: '', owner: '' }), current, () => null),
    ledgerUpdate(exported({ owner: '小李' }), current, () => 'AMBIGUOUS'),
    ledgerUpdate(exported({ owner: '老赵', talentName: '张叁', phone: '13800000001' }), current, () => null),
    ledgerUpdate(exported({ registeredOn: '2026-01-06', stage: '签约' }), current, () => null),
    ledgerUpdate(exported({ stage: '接洽', status: '跟进中' }), { ...current, status: 'ACTIVE' }, () => null),
    ledgerUpdate(exported({ status: '已流失' }), current, () => null),
  ]
  const sheets = [
    readLedgerSheet([['随便', '写的']]),
    readLedgerSheet([['项目名称', '人才姓名', '手机号']], [{ column: 1, field: null }]),
  ]
  const spending = planSpendingImport(
    readSpendingSheet([
      ['单位代码', '日期', '金额（万元）', '用途'],
      ['', '2026-05-01', '1', '补贴'],
      ['NO_SUCH_UNIT', '2026-05-01', '1', '补贴'],
      ['PARK_WEST', '2026-05-01', '1', '补贴'],
      ['PARK_EAST', '某天', '12.345', ''],
      ['PARK_EAST', '2026-12-01', '1', '补贴'],
    ]),
    { units: world.units.map((unit) => ({ ...unit, retiredAt: null })), recorded: new Map() },
    { id: 'm', name: '李娜', role: 'PARK_MANAGER', unitId: 'east' },
  )
  return [
    ...[...read, ...planned, ...exportedPlans].flatMap((row) => [...row.errors, ...row.notes]),
    ...updates.flatMap((verdict) => [...verdict.errors, ...verdict.notes]),
    ...sheets.flatMap(sheetProblems),
    ...spending.flatMap((row) => row.errors),
  ]
}

// What the file or the system named, which stays as it is in English: units, people, companies, projects.
const named = /东部园区|西部园区|南山园区|人社局|张三|张叁|周杰|孙\*|钱多多|吴刚|旧公司|别家|甲公司|小李|老赵|项目\d?/g
const leftChinese = (english: string) => english.replace(/“[^”]*”/g, '').replace(named, '')

describe('the 台账 import’s row messages in English', () => {
  const messages = allMessages()

  it('come from every rule that writes one', () => {
    expect(new Set(messages).size).toBeGreaterThan(50)
  })

  it('each have an English with nothing Chinese left but what the file and the system named', () => {
    const untold = messages.filter((message) => knownEnglish(message) === null)
    expect(untold).toEqual([])
    const halfTold = messages
      .map((message) => [message, knownEnglish(message)!])
      .filter(([, english]) => /[\u4e00-\u9fa5]/.test(leftChinese(english!)))
    expect(halfTold).toEqual([])
  })

  it('name the ledger’s columns and words as an English export does', () => {
    expect(knownEnglish('阶段“未知”无法识别（可填：线索、接洽、考察、洽谈、签约、落地注册、投产运营）')).toBe(
      'Stage “未知” is not recognised (one of: Lead, Contacted, Visited, Negotiating, Signed, Landed, Operating)',
    )
    expect(knownEnglish('阶段不能从“洽谈”改为“签约”：项目已暂缓，请先恢复跟进再调整阶段')).toBe(
      'The stage cannot change from “Negotiating” to “Signed”: The project is on hold: resume it before ' +
        'changing its stage',
    )
    expect(knownEnglish('单位代码“NO_SUCH_UNIT”不存在')).toBe('The unit code “NO_SUCH_UNIT” does not exist')
  })

  it('tell a refused file row by row, message by message', () => {
    const refusal = refusedRows([
      { rowNumber: 4, title: '海洋装备', talentName: '孙小美', errors: ['所属单位不能为空', '您无权修改该项目'] },
      ...spendingRowsNamed([
        {
          rowNumber: 3,
          unitCode: 'X',
          unitName: null,
          spentOn: '2026-05-02',
          amount: '3',
          purpose: '补贴',
          errors: ['单位代码“X”不存在'],
          problems: [{ cell: 'A3', message: '单位代码“X”不存在' }],
          action: null,
          unitId: null,
        },
      ]),
    ])
    const told = inEnglish(refusal)
    expect(told.message).toBe(
      'Row 4 (海洋装备 · 孙小美): Unit may not be empty; Row 4 (海洋装备 · 孙小美): You may not change this project; ' +
        'Row 3 (Talent spending): The unit code “X” does not exist',
    )
    expect(told.extensions.rows).toEqual([
      {
        rowNumber: 4,
        title: '海洋装备',
        talentName: '孙小美',
        errors: ['Unit may not be empty', 'You may not change this project'],
      },
      { rowNumber: 3, title: '人才投入', talentName: null, errors: ['The unit code “X” does not exist'] },
    ])
  })
})
