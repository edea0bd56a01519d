// The project a staff screen is about, by the route's id (a uuid, or a global id from another screen).
// The detail, follow-up, stage and edit screens share one query, so the later ones open from the cache.
import { useParams } from '@solidjs/router'
import { graphql, readFragment } from '../graphql.ts'
import { createRead } from '../urql/read.ts'
import { projectDetailFragments, ProjectSummaryFragment } from './project-fragments.ts'
import { projectIds } from './global-id.ts'
import { createLive } from '../live/live.ts'
import { ProjectTimelineChanged } from '../live/subscriptions.ts'

export const ProjectQuery = graphql(
  `
    query StaffProject($id: ID!) {
      node(id: $id) {
        __typename
        id
        ... on Project {
          uuid ...StaffProjectSummary ...StaffProjectFacts ...StaffTimeline
          talent { id ...StaffTalentCard }
        }
      }
    }
  `,
  projectDetailFragments,
)

export function createProjectQuery() {
  const params = useParams<{ id: string }>()
  const ids = () => projectIds(params.id)
  const read = createRead(ProjectQuery, { variables: () => ({ id: ids().nodeId }) })
  // Someone else's follow-up, stage move or request on this project: read it again.
  const projectId = ids().uuid
  createLive(
    ProjectTimelineChanged,
    () => (projectId ? { projectId } : null),
    () => read.refetch({ requestPolicy: 'network-only' }),
  )
  const project = () => {
    const node = read.data()?.node
    return node && node.__typename === 'Project' ? node : null
  }
  /** The project's title, stage, status and version, as the server last said. */
  const summary = () => {
    const current = project()
    return current ? readFragment(ProjectSummaryFragment, current) : null
  }
  /** Settled with nothing to show: not found, not allowed, or offline with nothing saved. */
  const missing = () =>
    !read.result.fetching && !project() && (read.data() !== undefined || read.result.error !== undefined)
  return { read, project, summary, ids, missing }
}
