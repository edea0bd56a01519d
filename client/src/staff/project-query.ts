// The project a staff screen is about, by the route's id (a uuid, or a global id from another screen).
// The detail, follow-up, stage and edit screens share one query, so the later ones open from the cache.
import { createQuery } from '@urql/solid'
import { useParams } from '@solidjs/router'
import { graphql, readFragment } from '../graphql.ts'
import { hydrated } from '../urql/client.ts'
import { errorMessage, isNetworkFailure } from '../urql/errors.ts'
import { t } from '../i18n/index.ts'
import { projectDetailFragments, ProjectSummaryFragment } from './project-fragments.ts'
import { projectIds } from './global-id.ts'

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
  const [result] = createQuery({
    query: ProjectQuery,
    variables: () => ({ id: ids().nodeId }),
    pause: () => !hydrated(),
  })
  const project = () => {
    const node = result.data?.node
    return node && node.__typename === 'Project' ? node : null
  }
  /** The project's title, stage, status and version, as the server last said. */
  const summary = () => {
    const current = project()
    return current ? readFragment(ProjectSummaryFragment, current) : null
  }
  const loadError = () =>
    result.error && !isNetworkFailure(result.error) ? errorMessage(result.error, t('error.unknown')) : null
  /** Settled with nothing to show: not found, not allowed, or offline with nothing saved. */
  const missing = () => !result.fetching && !project() && (result.data !== undefined || result.error !== undefined)
  return { result, project, summary, ids, loadError, missing }
}
