// The working-day calendar: the State Council's holidays and 调休 workdays as loaded, and the office's corrections.
// A day is added or removed whole (it has nothing else to edit), so a replay or a second click cannot double it.
import { z } from 'zod'
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseInput, requiredText, uuid } from '../../domain/parse.ts'
import { runWrite } from '../../write/run-write.ts'

const CalendarSourceEnum = builder.enumType('CalendarSource', {
  values: {
    OFFICIAL: { description: '国务院办公厅放假安排' },
    OFFICE: { description: '人才办更正' },
  } as const,
})

const CalendarDayRef = builder.prismaObject('CalendarDay', {
  authScopes: { role: ['ADMIN'] },

  description: '工作日历的例外：法定节假日（不上班）或调休上班日',
  fields: (t) => ({
    date: t.expose('date', { type: 'Date' }),
    working: t.exposeBoolean('working', { description: '是：调休上班；否：放假' }),
    name: t.exposeString('name'),
    source: t.expose('source', { type: CalendarSourceEnum }),
  }),
})

builder.queryField('workingCalendar', (t) =>
  t.prismaField({
    type: [CalendarDayRef],
    description: '某年的节假日与调休上班日（其余周一至周五上班、周末休息）',
    authScopes: { role: ['ADMIN'] },
    args: { year: t.arg.int({ required: true }) },
    resolve: (query, _root, args, context) => {
      const { year } = parseInput(calendarYear, { year: args.year })
      return context.prisma.calendarDay.findMany({
        ...query,
        where: { date: { gte: new Date(Date.UTC(year, 0, 1)), lt: new Date(Date.UTC(year + 1, 0, 1)) } },
        orderBy: { date: 'asc' },
      })
    },
  }),
)

const calendarYear = z.object({ year: z.number().int().min(2000, '年份不正确').max(2099, '年份不正确') })

const calendarDate = z
  .string({ message: '请填写日期' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 2025-10-01')
  .refine(
    (text) =>
      !Number.isNaN(Date.parse(`${text}T00:00:00Z`)) && new Date(`${text}T00:00:00Z`).toISOString().startsWith(text),
    '日期不存在',
  )
  .refine((text) => text >= '2000-01-01' && text <= '2099-12-31', '日期须在 2000 至 2099 年之间')

const addInput = z.object({
  clientMutationId: uuid('操作编号'),
  date: calendarDate,
  working: z.boolean({ message: '请选择放假或调休上班' }),
  name: requiredText(40, '名称'),
})
const removeInput = z.object({ clientMutationId: uuid('操作编号'), date: calendarDate })

const AddCalendarDayInput = builder.inputType('AddCalendarDayInput', {
  fields: (t) => ({
    clientMutationId: t.string({ required: true }),
    date: t.string({ required: true, description: '县里的日期，如 2025-10-01' }),
    working: t.boolean({ required: true, description: '是：调休上班；否：放假' }),
    name: t.string({ required: true, description: '如 国庆节、国庆节调休上班' }),
  }),
})

const RemoveCalendarDayInput = builder.inputType('RemoveCalendarDayInput', {
  fields: (t) => ({ clientMutationId: t.string({ required: true }), date: t.string({ required: true }) }),
})

const asDate = (text: string) => new Date(`${text}T00:00:00Z`)

builder.mutationField('addCalendarDay', (t) =>
  t.prismaField({
    type: CalendarDayRef,
    description: '人才办在工作日历上加一天放假或调休上班（记入审计日志），下一次请求起所有时限按它计算',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: AddCalendarDayInput, required: true }) },
    resolve: async (query, _root, args, context) => {
      const { clientMutationId, date, ...values } = parseInput(addInput, args.input)
      // The day is keyed by its date, and the write answers with the date as its id.
      const spec = { clientMutationId, operation: 'addCalendarDay', entity: 'CalendarDay', recordId: date }
      await runWrite(context, spec, async (tx) => {
        const { count } = await tx.calendarDay.createMany({
          data: [{ date: asDate(date), ...values, source: 'OFFICE' }],
          skipDuplicates: true,
        })
        if (count === 0) throw new DomainError('DUPLICATE', `${date} 已在日历上，请先删除再添加`, { field: 'date' })
        return { id: date, changes: { after: { date, ...values } } }
      })
      return context.prisma.calendarDay.findUniqueOrThrow({ ...query, where: { date: asDate(date) } })
    },
  }),
)

builder.mutationField('removeCalendarDay', (t) =>
  t.boolean({
    description: '人才办从工作日历删去一天（恢复为周一至周五上班、周末休息；记入审计日志）',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: RemoveCalendarDayInput, required: true }) },
    resolve: async (_root, args, context) => {
      const { clientMutationId, date } = parseInput(removeInput, args.input)
      await runWrite(
        context,
        { clientMutationId, operation: 'removeCalendarDay', entity: 'CalendarDay', recordId: date },
        async (tx) => {
          const day = await tx.calendarDay.findUnique({ where: { date: asDate(date) } })
          if (!day) throw DomainError.notFound('日历上的这一天')
          await tx.calendarDay.delete({ where: { date: day.date } })
          const before = { date, working: day.working, name: day.name, source: day.source }
          return { id: date, changes: { before, after: {} } }
        },
      )
      return true
    },
  }),
)
