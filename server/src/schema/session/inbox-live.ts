// The inbox count, live: an extension point. A trigger on the table of a user's notices announces
// {"k": "n", "ids": [recipient user ids]} (see docs/architecture.md, "Live screens"); each subscriber hears only
// its own user's, and re-reads its count.
import { builder } from '../../builder.ts'
import type { LiveTopic } from '../../live/bus.ts'
import { LiveChangeRef, liveOf, readerOf } from '../live-change.ts'

export const inboxTopic: LiveTopic = {
  key: 'inbox',
  kinds: new Set(['n']),
  readerGroup: (user) => user.id,
  async select(events, reader) {
    const mine = events.some((event) => event.ids === null || event.ids.includes(reader.user.id))
    return mine ? { ids: [], reread: true } : null
  },
}

builder.subscriptionField('inboxChanged', (t) =>
  t.field({
    type: LiveChangeRef,
    description: '本人收件箱变更时推送（只通知，收件箱数重新查询）',
    authScopes: { signedIn: true },
    subscribe: (_root, _args, context) => {
      const { bus, sessionId } = liveOf(context)
      return bus.open(readerOf(context), sessionId, inboxTopic)
    },
    resolve: (change) => change,
  }),
)
