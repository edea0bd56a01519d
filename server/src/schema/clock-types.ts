import { builder } from '../builder.ts'
import type { Deadline } from '../domain/clocks.ts'

export const LightEnum = builder.enumType('Light', {
  description: '三色灯',
  values: {
    GREEN: { description: '正常' },
    YELLOW: { description: '即将到期' },
    RED: { description: '已超期' },
  } as const,
})

export const ClockKindEnum = builder.enumType('ClockKind', {
  values: {
    FIRST_CONTACT: { description: '首次接洽' },
    ASSESSMENT: { description: '研判' },
    REFERRER_ANSWER: { description: '答复推荐人' },
    FOLLOW_UP: { description: '下次跟进' },
  } as const,
})

export const DeadlineRef = builder.objectRef<Deadline>('Deadline').implement({
  authScopes: { signedIn: true },
  fields: (t) => ({
    kind: t.expose('kind', { type: ClockKindEnum }),
    dueAt: t.expose('dueAt', { type: 'DateTime' }),
  }),
})
