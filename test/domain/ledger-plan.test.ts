// The 台账 import's plan: what each read row will do against the county's records, and an exported row
// compared with its project as it stands now.
import { describe, expect, it } from 'vitest'
import { readLedgerRow, type LedgerCell } from '../../server/src/domain/ledger/ledger-row.ts'
import { planLedgerImport, type KnownWorld } from '../../server/src/domain/ledger/ledger-plan.ts'
import type { LedgerField } from '../../server/src/domain/ledger/ledger-columns.ts'
import { makeUscc } from '@talent/rules/uscc'
import { ledgerUpdate, type LedgerProjectFacts } from '../../server/src/domain/ledger/ledger-update.ts'

const row = (cells: Partial<Record<LedgerField, LedgerCell>>) =>
  readLedgerRow(2, { title: '项目', talentName: '张三', unit: '东部园区', ...cells })

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
