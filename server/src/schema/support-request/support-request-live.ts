// A queue's live screen: the support requests the subscriber reads (a department's own, those escalated to a
// unit, a unit's projects') that changed: a new request, a step, a hand-off, an escalation.
import { builder } from '../../builder.ts'
import { readScope } from '../../auth/read-rules.ts'
import type { LiveTopic } from '../../live/bus.ts'
import { readableChange } from '../../live/scoped.ts'
import { LiveChangeRef, liveOf, readerOf } from '../live-change.ts'

export const queueTopic: LiveTopic = {
  key: 'queue',
  kinds: new Set(['r']),
  readerGroup: (user) => JSON.stringify(readScope('SupportRequest', user)),
  select: (events, reader) => readableChange('supportRequest', events, reader),
}

builder.subscriptionField('supportRequestsChanged', (t) =>
  t.field({
    type: LiveChangeRef,
    description: '诉求队列实时变更：本人可见的诉求（新诉求、办理、转交、督办）有变化时推送其编号',
    authScopes: { signedIn: true },
    subscribe: (_root, _args, context) => {
      const { bus, sessionId } = liveOf(context)
      return bus.open(readerOf(context), sessionId, queueTopic)
    },
    resolve: (change) => change,
  }),
)
