// The leader's figures, live: the statistics of a unit (or of the county) may have changed when one of its
// projects, follow-ups, stage changes, spending or applications did; the county's also with support requests.
// The unit is decided as for every statistics query (auth/statistics-scope.ts); the event names units only.
import { encodeGlobalID } from '@pothos/plugin-relay'
import { builder } from '../../builder.ts'
import { parseInput, uuid } from '../../domain/parse.ts'
import { statisticsReaders, statisticsUnit } from '../../auth/statistics-scope.ts'
import type { LiveTopic } from '../../live/bus.ts'
import { coversUnit } from '../../live/events.ts'
import { LiveChangeRef, liveOf, readerOf } from '../live-change.ts'
import { z } from 'zod'

const unitInput = z.object({ unitId: uuid('单位').optional().nullable() })

/** `unitId` null: the county's figures. Everyone allowed to read them gets the same answer. */
export function statisticsTopic(unitId: string | null): LiveTopic {
  return {
    key: `statistics:${unitId ?? 'county'}`,
    kinds: new Set(unitId ? ['p', 's'] : ['p', 's', 'r']),
    readerGroup: () => '',
    async select(events) {
      if (unitId) return events.some((event) => coversUnit(event, unitId)) ? unitChange([unitId], false) : null
      const bulk = events.some((event) => event.units === null)
      return unitChange([...new Set(events.flatMap((event) => event.units ?? []))], bulk)
    },
  }
}

const unitChange = (units: string[], reread: boolean) => ({
  ids: units.map((unit) => encodeGlobalID('Unit', unit)),
  reread,
})

builder.subscriptionField('statisticsChanged', (t) =>
  t.field({
    type: LiveChangeRef,
    description: '统计实时变更：所看单位（不填为全县）的统计可能变化时推送单位编号',
    authScopes: { role: statisticsReaders },
    args: { unitId: t.arg.string({ required: false, description: '单位编号（UUID）；规则同统计查询' }) },
    subscribe: (_root, args, context) => {
      const { bus, sessionId } = liveOf(context, statisticsReaders)
      const input = parseInput(unitInput, args)
      const unit = statisticsUnit(context.user!, input.unitId)
      return bus.open(readerOf(context), sessionId, statisticsTopic(unit))
    },
    resolve: (change) => change,
  }),
)
