// The unit's active projects for the board and the overdue list (every page: a board counts every stage),
// and the people of the unit for the owner filter and picker.
import { createEffect, createMemo, createSignal } from 'solid-js'
import { graphql, readFragment } from '../graphql.ts'
import { hydrated } from '../urql/client.ts'
import { createRead } from '../urql/read.ts'
import { outboxEntries } from '../outbox/index.ts'
import { PipelineProjectFragment, UnitMemberFragment } from './fragments.ts'
import { queuedChanges, withPending, type BoardProject } from './board.ts'
import { createLive } from '../live/live.ts'
import { BoardChanged } from '../live/subscriptions.ts'

const PipelineProjectsQuery = graphql(
  `
    query PipelineProjects($first: Int!, $after: String) {
      projects(first: $first, after: $after, status: [ACTIVE]) {
        edges { node { id ...PipelineProject } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
  [PipelineProjectFragment],
)

export const UnitMembersQuery = graphql(
  `
    query UnitMembers($unitId: String) {
      unitMembers(unitId: $unitId) { ...UnitMember }
    }
  `,
  [UnitMemberFragment],
)

export function createUnitMembers(unitId: () => string | undefined = () => undefined) {
  const read = createRead(UnitMembersQuery, { variables: () => ({ unitId: unitId() ?? null }) })
  return createMemo(() => read.data()?.unitMembers.map((member) => readFragment(UnitMemberFragment, member)) ?? [])
}

export function createPipelineProjects() {
  const [after, setAfter] = createSignal<string | null>(null)
  const read = createRead(PipelineProjectsQuery, { variables: () => ({ first: 100, after: after() }) })
  const { result } = read
  // An invalidation of the project lists (a stage move does one) that lands while this list's answer is on its
  // way leaves it empty: graphcache bails rather than loop (urql issue #3842). Ask the server again.
  createEffect(() => {
    if (hydrated() && !result.fetching && !result.data && !result.error) read.refetch({ requestPolicy: 'network-only' })
  })
  createEffect(() => {
    const page = result.data?.projects.pageInfo
    if (page?.hasNextPage && page.endCursor && !result.fetching) setAfter(page.endCursor)
  })
  // Another person's change to a project of the board: read the board again (docs/architecture.md, "Live screens").
  createLive(
    BoardChanged,
    () => ({}),
    () => read.refetch({ requestPolicy: 'network-only' }),
  )
  const members = createUnitMembers()
  const projects = createMemo<BoardProject[]>(() => {
    const queued = queuedChanges(outboxEntries())
    const names = new Map(members().map((member) => [member.uuid, member.name]))
    return (result.data?.projects.edges ?? []).map((edge) =>
      withPending(readFragment(PipelineProjectFragment, edge.node), queued, (uuid) => names.get(uuid)),
    )
  })
  return { projects, members, read }
}
