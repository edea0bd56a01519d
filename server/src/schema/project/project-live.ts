// Live screens of projects: the board (every project of the subscriber's scope) and one project's timeline.
// The triggers name projects for changes to the project and to what hangs on it (follow-ups, stage changes,
// signing, landing, followers, credit); a timeline hears its project's support requests too.
import { encodeGlobalID } from '@pothos/plugin-relay'
import { z } from 'zod'
import { builder } from '../../builder.ts'
import { DomainError } from '../../domain/errors.ts'
import { parseInput, uuid } from '../../domain/parse.ts'
import { readScope } from '../../auth/read-rules.ts'
import type { LiveTopic } from '../../live/bus.ts'
import { readableChange } from '../../live/scoped.ts'
import { LiveChangeRef, liveOf, readerOf } from '../live-change.ts'

const uuidInput = z.object({ projectId: uuid('项目编号') })

/** Readers with one rule for projects see the same projects: one query answers all of them. */
const projectRule = (user: Parameters<typeof readScope>[1]) => JSON.stringify(readScope('Project', user))

export const boardTopic: LiveTopic = {
  key: 'board',
  kinds: new Set(['p']),
  readerGroup: projectRule,
  select: (events, reader) => readableChange('project', events, reader),
}

export function timelineTopic(projectId: string): LiveTopic {
  const concerns = (ids: string[] | null) => ids === null || ids.includes(projectId)
  return {
    key: `timeline:${projectId}`,
    kinds: new Set(['p', 'r']),
    readerGroup: projectRule,
    async select(events, reader) {
      const touched = events.some((event) => concerns(event.kind === 'p' ? event.ids : event.projects))
      if (!touched) return null
      const readable = await reader.prisma.project.findFirst({ where: { id: projectId }, select: { id: true } })
      return readable ? { ids: [encodeGlobalID('Project', projectId)], reread: false } : null
    },
  }
}

builder.subscriptionField('boardChanged', (t) =>
  t.field({
    type: LiveChangeRef,
    description: '看板实时变更：本人可见的项目（阶段、跟进、签约落地、负责人等）有变化时推送其编号',
    authScopes: { signedIn: true },
    subscribe: (_root, _args, context) => {
      const { bus, sessionId } = liveOf(context)
      return bus.open(readerOf(context), sessionId, boardTopic)
    },
    resolve: (change) => change,
  }),
)

builder.subscriptionField('projectTimelineChanged', (t) =>
  t.field({
    type: LiveChangeRef,
    description: '项目时间线实时变更：该项目的跟进、阶段变更、诉求有变化时推送',
    authScopes: { signedIn: true },
    args: { projectId: t.arg.string({ required: true, description: '项目编号（UUID）' }) },
    subscribe: async (_root, args, context) => {
      const { projectId } = parseInput(uuidInput, args)
      const { bus, sessionId } = liveOf(context)
      const readable = await context.prisma.project.findFirst({ where: { id: projectId }, select: { id: true } })
      if (!readable) throw DomainError.notFound('项目')
      return bus.open(readerOf(context), sessionId, timelineTopic(projectId))
    },
    resolve: (change) => change,
  }),
)
