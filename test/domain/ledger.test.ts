// The ledger's rules without a database: headers as people type them, labels and dates as ledgers write
// them, a row's problems in Chinese, CSV encodings, and what a row will do against what the system holds.
import { describe, expect, it, vi } from 'vitest'
import { fieldForHeader, mapColumns } from '../../server/src/domain/ledger/ledger-columns.ts'
import { ledgerDay } from '../../server/src/domain/ledger/ledger-dates.ts'
import {
  agreementOf,
  channelOf,
  stageOf,
  statusOf,
  talentClassOf,
} from '../../server/src/domain/ledger/ledger-labels.ts'
import { readLedgerRow, type LedgerCell } from '../../server/src/domain/ledger/ledger-row.ts'
import { planLedgerImport, type KnownWorld } from '../../server/src/domain/ledger/ledger-plan.ts'
import { readLedgerSheet } from '../../server/src/domain/ledger/ledger-sheet.ts'
import { decodeCsv } from '../../server/src/domain/ledger/ledger-text.ts'
import type { LedgerField } from '../../server/src/domain/ledger/ledger-columns.ts'
import { makeUscc } from '@talent/rules/uscc'
import { ledgerUpdate, type LedgerProjectFacts } from '../../server/src/domain/ledger/ledger-update.ts'
import { encodeGbk } from '../support/ledger-files.ts'

const row = (cells: Partial<Record<LedgerField, LedgerCell>>) =>
  readLedgerRow(2, { title: '项目', talentName: '张三', unit: '东部园区', ...cells })

describe('ledger headers', () => {
  it('are matched however people type them', () => {
    expect(fieldForHeader('计划投资(万元)')).toBe('plannedInvestment')
    expect(fieldForHeader(' 联系 电话 ')).toBe('phone')
    expect(fieldForHeader('*姓名')).toBe('talentName')
    expect(fieldForHeader('统一社会信用代码（税号）')).toBe('uscc')
    expect(fieldForHeader('备注')).toBeUndefined()
  })

  it('map one column per field, the first one winning, and the user corrects by column', () => {
    expect(mapColumns(['项目', '电话', '手机号', '备用']).map((column) => column.field)).toEqual([
      'title',
      'phone',
      null,
      null,
    ])
    expect(
      mapColumns(
        ['项目', '电话', '手机号', '备用'],
        [
          { column: 2, field: null },
          { column: 4, field: 'industry' },
        ],
      ).map((column) => column.field),
    ).toEqual(['title', null, 'phone', 'industry'])
  })

  it('are found under a title and a note, and a totals line is not a project', () => {
    const sheet = readLedgerSheet([
      ['2026年人才项目台账'],
      ['截至3月底'],
      [],
      ['序号', '项目名称', '姓名', '所属单位'],
      ['1', '甲', '张三', '东部园区'],
      ['', '', '', ''],
      ['合计', '', '', ''],
    ])
    expect(sheet?.headerRow).toBe(4)
    expect(sheet?.rows.map((read) => read.rowNumber)).toEqual([5])
  })
})

describe('ledger labels and dates', () => {
  it('read the labels and the short forms ledgers use', () => {
    expect([
      talentClassOf('A类（国际国内顶尖人才）'),
      talentClassOf('b'),
      talentClassOf('省部级领军人才'),
      talentClassOf('无'),
    ]).toEqual(['A', 'B', 'C', 'NONE'])
    expect([stageOf('落地'), stageOf('投产运营'), stageOf('NEGOTIATING'), stageOf('差不多了')]).toEqual([
      'LANDED',
      'OPERATING',
      'NEGOTIATING',
      undefined,
    ])
    expect([statusOf('流失'), statusOf('暂缓'), channelOf('猎头'), agreementOf('投资协议')]).toEqual([
      'LOST',
      'ON_HOLD',
      'AGENCY',
      'INVESTMENT',
    ])
  })

  it('read dates as people write them and as Excel stores them', () => {
    for (const text of ['2026-03-05', '2026/3/5', '2026.3.5', '2026年3月5日', '20260305', '46086', '2026-03-05 14:30'])
      expect(ledgerDay(text), text).toBe('2026-03-05')
    expect(ledgerDay(new Date('2026-03-05T00:00:00Z'))).toBe('2026-03-05')
    expect([ledgerDay('2026-02-30'), ledgerDay('三月五日'), ledgerDay('1800-01-01')]).toEqual([null, null, null])
  })
})

describe('a ledger row', () => {
  it('reads amounts with thousands separators, units and Excel’s float noise', () => {
    expect(row({ plannedInvestment: '1,234.5万元', registeredCapital: '0.30000000000000004' }).values).toMatchObject({
      plannedInvestment: '1234.5',
      registeredCapital: '0.3',
    })
    expect(row({ plannedInvestment: '五百' }).errors).toEqual(['计划投资（万元）应为不小于 0 的数字（最多两位小数）'])
  })

  it('refuses a masked phone, a landed stage without its company and a day after today, as the stage form does', () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-10T08:00:00+08:00') })
    try {
      expect(row({ phone: '138****1234' }).errors).toEqual([
        '手机号“138****1234”已打码，无法导入：请填写完整号码或留空',
      ])
      expect(row({ stage: '落地注册', signedAt: '2026-01-01' }).errors).toEqual([
        '阶段为“落地注册”须填写落地日期、企业名称、统一社会信用代码',
      ])
      const uscc = makeUscc('91330100MA2H00001')
      expect(
        row({ stage: '落地注册', signedAt: '2026-03-11', landedAt: '2026-04-01', companyName: '甲公司', uscc }).errors,
      ).toEqual([
        '签约日期（2026-03-11）不能晚于今天（2026-03-10）',
        '落地日期（2026-04-01）不能晚于今天（2026-03-10）',
      ])
      expect(
        row({ stage: '落地注册', signedAt: '2026-01-01', landedAt: '2026-02-01', companyName: '甲公司', uscc }).values
          ?.landing,
      ).toEqual({ registeredAt: '2026-02-01', companyName: '甲公司', uscc, registeredCapital: null })
    } finally {
      vi.useRealTimers()
    }
  })

  it(
    'takes a company registered before the agreement was signed, and a signing before the project was registered ' +
      '(both happen)',
    () => {
      const uscc = makeUscc('91330100MA2H00001')
      const read = row({
        stage: '落地注册',
        registeredOn: '2026-02-15',
        signedAt: '2026-03-01',
        landedAt: '2026-02-01',
        companyName: '甲公司',
        uscc,
      })
      expect(read.errors).toEqual([])
      expect(read.values).toMatchObject({
        registeredOn: '2026-02-15',
        signing: { signedAt: '2026-03-01' },
        landing: { registeredAt: '2026-02-01' },
      })
    },
  )

  it('names its project even when it cannot be read', () => {
    expect(row({ phone: '1380000' })).toMatchObject({ values: null, title: '项目', talentName: '张三' })
  })

  it('notes what it fills in itself', () => {
    const lost = row({ status: '流失' })
    expect(lost.notes).toEqual(['未填来源渠道，按“其他”登记'])
    expect(lost.values).toMatchObject({ status: 'LOST', statusReason: '台账导入', sourceChannel: 'OTHER' })
    const signed = row({ stage: '签约', signedAt: '2026-01-01' })
    expect(signed.notes).toEqual(['未填来源渠道，按“其他”登记', '未填协议类型，按“人才引进协议”登记'])
    expect(signed.values).toMatchObject({ status: 'ACTIVE', signing: { agreementKind: 'TALENT_INTRODUCTION' } })
  })
})

describe('CSV text', () => {
  it('is read as GBK when it is not UTF-8, and without its byte-order mark', () => {
    expect(decodeCsv(encodeGbk('项目名称,人才姓名\r\n'))).toEqual({ text: '项目名称,人才姓名\r\n', encoding: 'gbk' })
    expect(decodeCsv(Buffer.from('\ufeff项目名称', 'utf8'))).toEqual({ text: '项目名称', encoding: 'utf-8' })
    expect(decodeCsv(Buffer.from('\ufeff项目名称', 'utf16le'))).toEqual({ text: '项目名称', encoding: 'utf-16le' })
  })
})

describe('what a row will do', () => {
  const world: KnownWorld = {
    units: [
      { id: 'east', name: '东部园区', code: 'PARK_EAST', kind: 'PARK' },
      { id: 'hrss', name: '人社局', code: 'HRSS', kind: 'DEPARTMENT' },
    ],
    users: [
      { id: 'u1', name: '小王', unitId: 'east' },
      { id: 'u2', name: '小李', unitId: 'east' },
      { id: 'u3', name: '小李', unitId: 'east' },
    ],
    talents: [
      { id: 't1', name: '周杰', phone: null, employer: '南京大学', projects: [] },
      { id: 't2', name: '周杰', phone: '13900000002', employer: '南京大学', projects: [] },
    ],
    usccs: new Map(),
    projects: new Map(),
  }
  const plan = (cells: Partial<Record<LedgerField, LedgerCell>>[]) =>
    planLedgerImport(
      cells.map((c, i) => readLedgerRow(i + 2, { title: '项目', talentName: '张三', unit: '东部园区', ...c })),
      world,
    )

  it('refuses the signing or landing when the project is not being followed, as the app does', () => {
    const [lost, paused] = plan([
      { status: '流失', signedAt: '2026-01-01' },
      { title: '乙', stage: '签约', status: '暂缓', signedAt: '2026-01-01' },
    ])
    expect(lost!.errors).toEqual(['项目已流失，不能登记签约信息：签约、落地只登记在跟进中的项目上'])
    expect(paused!.errors).toEqual(['项目已暂缓，不能登记签约信息：签约、落地只登记在跟进中的项目上'])
  })

  it('names the owner when the unit has exactly one user of that name, and says so otherwise', () => {
    const [one, twice, unknown] = plan([
      { owner: '小王' },
      { title: '乙', owner: '小李' },
      { title: '丙', owner: '老赵' },
    ])
    expect([one!.ownerId, twice!.ownerId, unknown!.ownerId]).toEqual(['u1', null, null])
    expect(twice!.notes).toContain('负责人“小李”在东部园区有重名账号，暂不指定负责人')
    expect(unknown!.notes).toContain('负责人“老赵”不是东部园区的系统用户，暂不指定负责人')
  })

  it(
    'refuses a department as owner of a project, ' + 'an ambiguous talent, the same project twice and one USCC twice',
    () => {
      const uscc = makeUscc('91330100MA2H00001')
      const landed = { stage: '落地注册', signedAt: '2026-01-01', landedAt: '2026-02-01', companyName: '甲公司', uscc }
      const plans = plan([
        { unit: '人社局' },
        { talentName: '周杰', employer: '南京大学' },
        { title: '储能', talentName: '吴刚', phone: '13622223333', ...landed },
        { title: ' 储 能', talentName: '吴刚', phone: '13622223333' },
        { title: '另一个', talentName: '王五', ...landed },
      ])
      expect(plans.map((p) => p.errors)).toEqual([
        ['“人社局”是职能部门，不能承接人才项目'],
        ['人才“周杰”与系统中 2 位人才同名同单位，无法确定是哪一位：请填写手机号或先合并重复人才'],
        [],
        ['与第 4 行是同一人才的同名项目，重复填写'],
        [`统一社会信用代码 ${uscc} 与第 4 行重复`],
      ])
    },
  )
})

describe('an exported row against its project', () => {
  const current: LedgerProjectFacts = {
    id: 'p1',
    projectVersion: 3,
    version: 4,
    writable: true,
    talentId: 't1',
    unitId: 'east',
    unitName: '东部园区',
    ownerName: null,
    title: '项目',
    industry: null,
    sourceChannel: 'OTHER',
    referrer: null,
    stage: 'NEGOTIATING',
    status: 'ON_HOLD',
    statusReason: '资金未到位',
    plannedInvestment: '500',
    registeredCapital: null,
    registeredOn: '2026-01-05',
    talent: { name: '张三', phone: null, employer: null, talentClass: 'NONE' },
    signing: { signedAt: '2026-02-01', agreementKind: 'INVESTMENT', investmentAgreed: null },
    landing: null,
  }
  const verdict = (cells: Partial<Record<LedgerField, LedgerCell>>) =>
    ledgerUpdate(
      row({
        stage: '洽谈',
        status: '暂缓',
        statusReason: '资金未到位',
        plannedInvestment: '500.00',
        registeredOn: '2026-01-05',
        signedAt: '2026-02-01',
        agreementKind: '投资协议',
        ...cells,
      }).values!,
      current,
      () => null,
    )

  it('changes nothing when the row is as exported (amounts as Excel shows them)', () => {
    expect(verdict({})).toEqual({
      errors: [],
      notes: [],
      update: expect.objectContaining({ changes: [], stage: null, status: null, signing: null }),
    })
  })

  it('resumes before moving the stage, as the stage form must', () => {
    const { errors, update } = verdict({ status: '跟进中', stage: '签约' })
    expect(errors).toEqual([])
    expect([update.status, update.stage]).toEqual([{ to: 'ACTIVE', reason: null }, 'SIGNED'])
    expect(verdict({ stage: '签约' }).errors).toEqual([
      '阶段不能从“洽谈”改为“签约”：项目已暂缓，请先恢复跟进再调整阶段',
    ])
  })

  it('refuses what a ledger cannot change, and leaves the talent’s data to the talent record', () => {
    expect(verdict({ signedAt: '', agreementKind: '', unit: '西部园区' }).errors).toEqual([
      '所属单位不能通过台账修改（该项目属于东部园区）：请联系人才办调整',
      '签约信息不能通过台账删除（系统中签约日期为 2026-02-01）',
    ])
    expect(verdict({ talentName: '张叁', phone: '13800000001', registeredOn: '2026-01-06' }).notes).toEqual([
      '人才姓名、手机号是人才档案的内容，未通过台账修改（请在人才档案中修改）',
      '登记日期不能修改，仍为 2026-01-05',
    ])
  })
})
