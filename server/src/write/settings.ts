// Tunable numbers live in the Setting table; a request reads each at most once, so the office's change takes
// effect at the next request, on every server, with no restart.
import type { Context } from '../context.ts'
import { defaultClockSettings, type ClockSettings } from '../domain/clocks.ts'
import { defaultDigestSettings, type DigestSettings } from '../domain/digest.ts'
import { defaultEscalationSettings, type EscalationSettings } from '../domain/escalation.ts'
import { defaultSupportDueSettings, type SupportDueSettings } from '../domain/support-request.ts'
import { calendarOf, type WorkingCalendar } from '../domain/working-days.ts'
import type { PrismaClient } from '../generated/prisma/client.ts'

export interface SettingDefaults {
  clocks: ClockSettings
  supportDue: SupportDueSettings
  escalation: EscalationSettings
  digest: DigestSettings
}

export const settingDefaults: SettingDefaults = {
  clocks: defaultClockSettings,
  supportDue: defaultSupportDueSettings,
  escalation: defaultEscalationSettings,
  digest: defaultDigestSettings,
}

export type SettingKey = keyof SettingDefaults

export interface StoredSetting<K extends SettingKey> {
  value: SettingDefaults[K]
  /** 0 while the office has never saved it (the defaults apply). */
  version: number
}

type Reader = Pick<Context, 'prisma' | 'request'>
const perRequest = new WeakMap<object, Map<string, Promise<unknown>>>()

function once<T>(context: Reader, key: string, load: () => Promise<T>): Promise<T> {
  let cache = perRequest.get(context.request)
  if (!cache) {
    cache = new Map()
    perRequest.set(context.request, cache)
  }
  let value = cache.get(key) as Promise<T> | undefined
  if (!value) {
    value = load()
    cache.set(key, value)
  }
  return value
}

/** A setting as saved, over its defaults (a key added to the defaults later still has a value). */
export async function readSetting<K extends SettingKey>(
  prisma: Pick<PrismaClient, 'setting'>,
  key: K,
): Promise<StoredSetting<K>> {
  const row = await prisma.setting.findUnique({ where: { key } })
  const saved = (row?.value ?? {}) as Partial<SettingDefaults[K]>
  return { value: { ...settingDefaults[key], ...saved }, version: row?.version ?? 0 }
}

export function setting<K extends SettingKey>(context: Reader, key: K): Promise<StoredSetting<K>> {
  return once(context, `setting:${key}`, () => readSetting(context.prisma, key))
}

export function clockSettings(context: Reader): Promise<ClockSettings> {
  return setting(context, 'clocks').then((stored) => stored.value)
}

export function supportDueSettings(context: Reader): Promise<SupportDueSettings> {
  return setting(context, 'supportDue').then((stored) => stored.value)
}

export function escalationSettings(context: Reader): Promise<EscalationSettings> {
  return setting(context, 'escalation').then((stored) => stored.value)
}

/** Every exception of the calendar: a few hundred rows, small enough to read whole. */
export async function loadWorkingCalendar(prisma: Pick<PrismaClient, 'calendarDay'>): Promise<WorkingCalendar> {
  const days = await prisma.calendarDay.findMany({ select: { date: true, working: true } })
  return calendarOf(days.map((day) => ({ date: day.date.toISOString().slice(0, 10), working: day.working })))
}

export function workingCalendar(context: Reader): Promise<WorkingCalendar> {
  return once(context, 'calendar', () => loadWorkingCalendar(context.prisma))
}
