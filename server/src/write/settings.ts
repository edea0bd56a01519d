// Tunable numbers live in the Setting table; a request reads each at most once.
import type { Context } from '../context.ts'
import { defaultClockSettings, type ClockSettings } from '../domain/clocks.ts'

const perRequest = new WeakMap<object, Promise<ClockSettings>>()

export function clockSettings(context: Pick<Context, 'prisma' | 'request'>): Promise<ClockSettings> {
  let settings = perRequest.get(context.request)
  if (!settings) {
    settings = context.prisma.setting
      .findUnique({ where: { key: 'clocks' } })
      .then((row) => ({ ...defaultClockSettings, ...((row?.value as Partial<ClockSettings> | null) ?? {}) }))
    perRequest.set(context.request, settings)
  }
  return settings
}
