// What every statistics query takes (a year, optionally a unit) and how it becomes a StatisticsFilter:
// the input checked with a Chinese message, the unit decided by auth/statistics-scope.ts.
import { z } from 'zod'
import type { builder } from '../../builder.ts'
import type { Context } from '../../context.ts'
import type { PrismaClient, Unit } from '../../generated/prisma/client.ts'
import { parseInput, uuid } from '../../domain/parse.ts'
import { statisticsUnit } from '../../auth/statistics-scope.ts'
import { yearWindow, type StatisticsFilter } from './statistics-window.ts'

export const statisticsInput = z.object({
  year: z.number({ message: '请选择年度' }).int('年度不正确').min(2000, '年度不正确').max(2100, '年度不正确'),
  unitId: uuid('单位').optional().nullable(),
})

type ArgsBuilder = Parameters<Parameters<typeof builder.queryField>[1]>[0]['arg']

export const statisticsArgs = (arg: ArgsBuilder) => ({
  year: arg.int({ required: true, description: '统计年度（按县域时间，即北京时间）' }),
  unitId: arg.string({ required: false, description: '单位编号（UUID）；不填时县领导、人才办看全县，其他人看本单位' }),
})

/** The checked filter for the signed-in user; youthAgeLimit only matters to the youth reserve. */
export function statisticsFilter(
  context: Context,
  args: { year: number; unitId?: string | null },
  youthAgeLimit?: number,
): StatisticsFilter {
  const input = parseInput(statisticsInput, args)
  return { window: yearWindow(input.year, youthAgeLimit), unitId: statisticsUnit(context.user!, input.unitId) }
}

/** The units a set of rows names, in one query; the rows' `unit` fields hand them out as loaded. */
export async function unitsById(prisma: PrismaClient, ids: (string | null)[]): Promise<Map<string, Unit>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))]
  if (wanted.length === 0) return new Map()
  return new Map((await prisma.unit.findMany({ where: { id: { in: wanted } } })).map((unit) => [unit.id, unit]))
}

/** County months 1–12, so that a month with nothing shows as zero rather than missing. */
export const months = Array.from({ length: 12 }, (_, i) => i + 1)

export const byUnitName = (a: { unit: Unit | null }, b: { unit: Unit | null }) =>
  (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '', 'zh-CN') ||
  (a.unit?.code ?? '').localeCompare(b.unit?.code ?? '')
