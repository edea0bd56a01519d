// 人才工程申报: the status machine, the success rate leaders ask for, and the input the API accepts.
import { z } from 'zod'
import { ApplicationStatus, ProgramLevel } from '../generated/prisma/enums.ts'
import { optionalText, parseInput, requiredText, uuid, version } from './parse.ts'

export const applicationStatusLabels: Record<ApplicationStatus, string> = {
  RESERVE: '储备',
  COACHING: '辅导',
  SUBMITTED: '申报',
  SELECTED: '入选',
  REJECTED: '落选',
}

// SELECTED and REJECTED share the last step: both are the decision on a submitted application.
const step: Record<ApplicationStatus, number> = { RESERVE: 0, COACHING: 1, SUBMITTED: 2, SELECTED: 3, REJECTED: 3 }
const isDecision = (status: ApplicationStatus) => step[status] === 3

export interface ApplicationMove {
  from: ApplicationStatus
  to: ApplicationStatus
  reason?: string | null
}

export type ApplicationVerdict =
  | { ok: true; direction: 'forward' | 'back' | 'decision' }
  | { ok: false; code: 'BAD_USER_INPUT' | 'CONFLICT'; message: string }

const refuse = (message: string, code: 'BAD_USER_INPUT' | 'CONFLICT' = 'BAD_USER_INPUT'): ApplicationVerdict => ({
  ok: false,
  code,
  message,
})
const label = (status: ApplicationStatus) => `“${applicationStatusLabels[status]}”`

/**
 * RESERVE → COACHING → SUBMITTED → SELECTED / REJECTED. Forward may skip coaching; back goes one step
 * with a reason (a withdrawn submission, a decision recorded by mistake); a decision needs a submission.
 */
export function checkApplicationMove({ from, to, reason }: ApplicationMove): ApplicationVerdict {
  if (from === to) return refuse(`申报已处于${label(to)}状态`, 'CONFLICT')
  if (isDecision(to)) {
    if (from === 'SUBMITTED') return { ok: true, direction: 'decision' }
    if (isDecision(from))
      return refuse(`评审结果已登记为${label(from)}，如需更正，请先退回${label('SUBMITTED')}并填写原因`, 'CONFLICT')
    return refuse(`尚未提交申报，不能登记评审结果（当前为${label(from)}）`, 'CONFLICT')
  }
  if (step[to] > step[from]) return { ok: true, direction: 'forward' }
  if (step[from] - step[to] > 1) {
    const previous = isDecision(from) ? 'SUBMITTED' : from === 'SUBMITTED' ? 'COACHING' : 'RESERVE'
    return refuse(`只能回退一步（从${label(from)}只能退回${label(previous)}）`)
  }
  if (!reason?.trim()) return refuse('回退申报状态须填写原因')
  return { ok: true, direction: 'back' }
}

export interface StatusDates {
  statusChangedAt: Date
  submittedAt: Date | null
  decidedAt: Date | null
}

/** The dates a move leaves on the application: undoing a step clears the date that step set. */
export function datesAfterMove(
  current: Omit<StatusDates, 'statusChangedAt'>,
  to: ApplicationStatus,
  now: Date,
): StatusDates {
  return {
    statusChangedAt: now,
    submittedAt: step[to] < step.SUBMITTED ? null : (current.submittedAt ?? now),
    decidedAt: isDecision(to) ? now : null,
  }
}

/** Selected ÷ decided; null when nothing has been decided yet (a 0 % would accuse a unit still waiting). */
export function successRate(selected: number, decided: number): number | null {
  return decided > 0 ? selected / decided : null
}

export interface Outcome {
  submitted: number
  selected: number
  rejected: number
  pending: number
  successRate: number | null
}

export interface OutcomeGroup {
  programId: string
  unitId: string
  status: ApplicationStatus
  count: number
}

/** Sums the (program, unit, status) counts of submitted applications into outcomes under a key. */
export function outcomesBy(
  groups: readonly OutcomeGroup[],
  key: (group: OutcomeGroup) => string,
): Map<string, Outcome> {
  const sums = new Map<string, Omit<Outcome, 'successRate'>>()
  for (const group of groups) {
    if (step[group.status] < step.SUBMITTED) continue
    const sum = sums.get(key(group)) ?? { submitted: 0, selected: 0, rejected: 0, pending: 0 }
    sum.submitted += group.count
    if (group.status === 'SELECTED') sum.selected += group.count
    else if (group.status === 'REJECTED') sum.rejected += group.count
    else sum.pending += group.count
    sums.set(key(group), sum)
  }
  return new Map(
    [...sums].map(([k, sum]) => [k, { ...sum, successRate: successRate(sum.selected, sum.selected + sum.rejected) }]),
  )
}

export const submittedStatuses: ApplicationStatus[] = ['SUBMITTED', 'SELECTED', 'REJECTED']

// ─── Input ───────────────────────────────────────────────────────────────────

const write = { clientMutationId: uuid('操作编号'), id: uuid('申报编号') }
const year = z
  .number({ message: '申报年度不正确' })
  .int('申报年度不正确')
  .min(2000, '申报年度不正确')
  .max(2100, '申报年度不正确')
const flag = (label: string) =>
  z
    .boolean({ message: `${label}应为是或否` })
    .optional()
    .nullable()
    .transform((value) => value ?? undefined)
const programFields = {
  code: requiredText(30, '人才工程代码'),
  name: requiredText(50, '人才工程名称'),
  level: z.enum(ProgramLevel, { message: '请选择人才工程级别' }),
  isNationalMajor: flag('是否国家重大人才计划'),
}

const roundFields = {
  name: requiredText(30, '批次名称'),
  closesOn: z
    .date({ message: '申报截止日期不正确' })
    .optional()
    .nullable()
    .transform((value) => value ?? null),
}

export const programApplicationInputs = {
  // Filed in a round (programId, year and batch come from it), or, as before rounds, naming program and year.
  create: z
    .object({
      ...write,
      roundId: uuid('申报批次编号').optional().nullable(),
      programId: uuid('人才工程编号').optional().nullable(),
      year: year.optional().nullable(),
      batch: optionalText(30, '批次'),
      talentId: uuid('人才编号'),
      unitId: uuid('单位编号').optional().nullable(),
      projectId: uuid('项目编号').optional().nullable(),
      note: optionalText(1000, '备注'),
    })
    .refine((input) => input.roundId || (input.programId && input.year), {
      message: '请选择申报批次',
      path: ['roundId'],
    }),
  move: z.object({
    ...write,
    version,
    to: z.enum(ApplicationStatus, { message: '申报状态不正确' }),
    reason: optionalText(500, '原因'),
  }),
  update: z
    .object({ batch: optionalText(30, '批次'), note: optionalText(1000, '备注') })
    .partial()
    .extend({ ...write, version }),
  filter: z.object({
    year: year.optional().nullable(),
    programId: uuid('人才工程编号').optional().nullable(),
    roundId: uuid('申报批次编号').optional().nullable(),
    unitId: uuid('单位编号').optional().nullable(),
    status: z
      .array(z.enum(ApplicationStatus, { message: '申报状态不正确' }))
      .optional()
      .nullable(),
  }),
  rates: z.object({ year }),
  createRound: z.object({ ...write, id: uuid('申报批次编号'), programId: uuid('人才工程编号'), year, ...roundFields }),
  updateRound: z
    .object({ name: roundFields.name, closesOn: roundFields.closesOn })
    .partial()
    .extend({ ...write, id: uuid('申报批次编号'), version }),
  rounds: z.object({ year: year.optional().nullable(), programId: uuid('人才工程编号').optional().nullable() }),
  createProgram: z.object({ clientMutationId: uuid('操作编号'), id: uuid('人才工程编号'), ...programFields }),
  updateProgram: z
    .object({ ...programFields, active: flag('是否启用') })
    .partial()
    .extend({ clientMutationId: uuid('操作编号'), id: uuid('人才工程编号'), version }),
}

export type ProgramApplicationInput<K extends keyof typeof programApplicationInputs> = z.output<
  (typeof programApplicationInputs)[K]
>

export function parseProgramApplicationInput<K extends keyof typeof programApplicationInputs>(
  kind: K,
  raw: unknown,
): ProgramApplicationInput<K> {
  return parseInput(programApplicationInputs[kind], raw) as ProgramApplicationInput<K>
}
