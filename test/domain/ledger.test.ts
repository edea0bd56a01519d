// The ledger's rules without a database: headers as people type them, labels and dates as ledgers write
// them, a row's problems in Chinese, and CSV encodings (what a row will do: ledger-plan.test.ts).
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
import { readLedgerSheet } from '../../server/src/domain/ledger/ledger-sheet.ts'
import { decodeCsv } from '../../server/src/domain/ledger/ledger-text.ts'
import type { LedgerField } from '../../server/src/domain/ledger/ledger-columns.ts'
import { makeUscc } from '@talent/rules/uscc'
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
