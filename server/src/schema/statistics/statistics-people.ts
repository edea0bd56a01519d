// 统计: people — who in a unit is recruiting (staff names, no contact data), the sectors of the 人才工程's
// trainees year by year, and the under-35 reserve per unit.
import { z } from 'zod'
import { builder } from '../../builder.ts'
import { UnitNode } from '../unit.ts'
import type { Unit } from '../../generated/prisma/client.ts'
import { Sector } from '../../generated/prisma/enums.ts'
import { parseInput } from '../../domain/parse.ts'
import { statisticsReaders, statisticsUnit } from '../../auth/statistics-scope.ts'
import { staffFigures, type StaffFigures } from './statistics-staff.ts'
import { traineeSectors, youthReserve, type SectorCount, type YouthReserve } from './statistics-programs.ts'
import { shareOf } from './statistics-window.ts'
import { byUnitName, statisticsArgs, statisticsFilter, statisticsInput, unitsById } from './statistics-args.ts'
import { RoleEnum, SectorEnum } from '../enums.ts'

type StaffRow = StaffFigures & { unit: Unit }

const StaffActivityRef = builder.objectRef<StaffRow>('StaffActivity').implement({
  description: '一名工作人员在该年度的招才情况（只有姓名，不含联系方式）',
  authScopes: { signedIn: true },
  fields: (t) => ({
    userUuid: t.exposeString('userId'),
    name: t.exposeString('name'),
    role: t.field({ type: RoleEnum, resolve: (row) => row.role }),
    unit: t.field({ type: UnitNode, resolve: (row) => row.unit }),
    active: t.exposeBoolean('active', { description: '账号是否仍在用（停用的人只在当年有记录时列出）' }),
    leads: t.exposeInt('leads', { description: '登记的线索（项目）数' }),
    followUps: t.exposeInt('followUps', { description: '填写的跟踪记录数' }),
    signed: t.exposeInt('signed', { description: '负责的项目中当年签约的数量' }),
    landed: t.exposeInt('landed', { description: '负责的项目中当年落地的数量' }),
    lastFollowUpAt: t.expose('lastFollowUpAt', { type: 'DateTime', nullable: true, description: '当年最近一次跟踪' }),
  }),
})

builder.queryField('staffActivity', (t) =>
  t.field({
    type: [StaffActivityRef],
    description:
      '各工作人员（招才专员、园区负责人、一把手）的线索、跟踪、签约、落地数，为 0 的也列出；园区负责人和单位一把手看本单位，县领导、人才办看全县或任一单位',
    authScopes: { role: statisticsReaders },
    args: statisticsArgs(t.arg),
    resolve: async (_root, args, context) => {
      const rows = await staffFigures(context.prisma, statisticsFilter(context, args))
      const units = await unitsById(
        context.prisma,
        rows.map((row) => row.unitId),
      )
      return rows.map((row) => ({ ...row, unit: units.get(row.unitId)! }))
    },
  }),
)

interface SectorRow {
  sector: Sector | null
  trainees: number
  selected: number
  traineeShare: number | null
  selectedShare: number | null
}

const SectorShareRef = builder.objectRef<SectorRow>('TraineeSectorShare').implement({
  description: '某领域人才在人才工程培养对象中的人数与占比',
  authScopes: { signedIn: true },
  fields: (t) => ({
    sector: t.field({
      type: SectorEnum,
      nullable: true,
      description: '为空表示未填写领域',
      resolve: (row) => row.sector,
    }),
    trainees: t.exposeInt('trainees', { description: '当年有申报（含储备、辅导）的人才数，每人只计一次' }),
    selected: t.exposeInt('selected', { description: '当年入选的人才数' }),
    traineeShare: t.exposeFloat('traineeShare', { nullable: true, description: '占当年申报人才的比例' }),
    selectedShare: t.exposeFloat('selectedShare', { nullable: true, description: '占当年入选人才的比例' }),
  }),
})

interface SectorYear {
  year: number
  trainees: number
  selected: number
  sectors: SectorRow[]
}

const SectorYearRef = builder.objectRef<SectorYear>('TraineeSectorYear').implement({
  description: '某年度人才工程培养对象的领域构成',
  authScopes: { signedIn: true },
  fields: (t) => ({
    year: t.exposeInt('year'),
    trainees: t.exposeInt('trainees'),
    selected: t.exposeInt('selected'),
    sectors: t.field({
      type: [SectorShareRef],
      description: '每个领域一行（含为 0 的），最后一行为未填写',
      resolve: (row) => row.sectors,
    }),
    enterpriseShare: t.float({
      nullable: true,
      description: '企业人才占申报人才的比例（讲话提醒此比重在下降）',
      resolve: (row) => row.sectors.find((s) => s.sector === 'ENTERPRISE')!.traineeShare,
    }),
    educationShare: t.float({
      nullable: true,
      description: '教育人才占申报人才的比例',
      resolve: (row) => row.sectors.find((s) => s.sector === 'EDUCATION')!.traineeShare,
    }),
    healthShare: t.float({
      nullable: true,
      description: '卫生人才占申报人才的比例',
      resolve: (row) => row.sectors.find((s) => s.sector === 'HEALTH')!.traineeShare,
    }),
  }),
})

const sectorInput = statisticsInput.extend({
  years: z.number().int('年数不正确').min(1, '年数应为 1–10').max(10, '年数应为 1–10'),
})

builder.queryField('programTraineeSectors', (t) =>
  t.field({
    type: [SectorYearRef],
    description:
      '人才工程培养对象（申报人才）中企业、教育、卫生等领域的人数与占比，逐年列出（截至 year，共 years 年）；领域按人才当前登记；单位一把手和园区负责人只看本单位申报的',
    authScopes: { role: statisticsReaders },
    args: {
      ...statisticsArgs(t.arg),
      years: t.arg.int({ required: false, defaultValue: 5, description: '列出几年（1–10）' }),
    },
    resolve: async (_root, args, context) => {
      const input = parseInput(sectorInput, { ...args, years: args.years ?? 5 })
      const unitId = statisticsUnit(context.user!, input.unitId)
      const fromYear = input.year - input.years + 1
      const counts = await traineeSectors(context.prisma, fromYear, input.year, unitId)
      return Array.from({ length: input.years }, (_, i): SectorYear => {
        const year = fromYear + i
        const total = counts.find((row) => row.year === year && !row.bySector) ?? { trainees: 0, selected: 0 }
        const countOf = (sector: Sector | null): SectorCount | undefined =>
          counts.find((row) => row.year === year && row.bySector && row.sector === sector)
        const sectors = [...Object.values(Sector), null].map((sector) => {
          const count = countOf(sector) ?? { trainees: 0, selected: 0 }
          return {
            sector,
            trainees: count.trainees,
            selected: count.selected,
            traineeShare: shareOf(count.trainees, total.trainees),
            selectedShare: shareOf(count.selected, total.selected),
          }
        })
        return { year, trainees: total.trainees, selected: total.selected, sectors }
      })
    },
  }),
)

type ReserveRow = YouthReserve & { unit: Unit | null }

const YouthReserveRef = builder.objectRef<ReserveRow>('YouthReserve').implement({
  description: '35岁以下（按考核办法的年龄上限）青年人才储备',
  authScopes: { signedIn: true },
  fields: (t) => ({
    unit: t.field({
      type: UnitNode,
      nullable: true,
      description: '申报单位；全县合计时为空',
      resolve: (row) => row.unit,
    }),
    talents: t.exposeInt('talents', {
      description: '当年在该单位人才工程申报中的青年人才数（口径同考核指标；全县合计每人只计一次）',
    }),
    selected: t.exposeInt('selected', { description: '其中当年入选的人数' }),
  }),
})

builder.queryField('youthReserve', (t) =>
  t.field({
    type: [YouthReserveRef],
    description:
      '青年人才储备：第一行为全县（或本单位）合计，其后按单位；年龄上限取该年度考核办法，无考核办法时为 35 岁；单位一把手和园区负责人只看本单位',
    authScopes: { role: statisticsReaders },
    args: statisticsArgs(t.arg),
    resolve: async (_root, args, context) => {
      const year = parseInput(statisticsInput, args).year
      const scheme = await context.prisma.assessmentScheme.findUnique({
        where: { year },
        select: { youthAgeLimit: true },
      })
      const rows = await youthReserve(context.prisma, statisticsFilter(context, args, scheme?.youthAgeLimit ?? 35))
      const units = await unitsById(
        context.prisma,
        rows.map((row) => row.unitId),
      )
      const withUnits = rows.map((row) => ({ ...row, unit: row.unitId ? (units.get(row.unitId) ?? null) : null }))
      const total = withUnits.find((row) => row.unitId === null) ?? {
        unitId: null,
        unit: null,
        talents: 0,
        selected: 0,
      }
      return [total, ...withUnits.filter((row) => row.unitId !== null).sort(byUnitName)]
    },
  }),
)
