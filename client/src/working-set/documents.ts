// What the phone asks to keep its working set: the set's ids, then the projects a page at a time with the
// very fragments the project screen reads, so that the screen opens from the cache with no code of its own.
import { graphql } from '../graphql.ts'
import { ProjectSupportRequestFragment, projectDetailFragments } from '../staff/project-fragments.ts'
import { TalentDetailsFragment } from '../staff/talent-details-data.ts'

export const WorkingSetQuery = graphql(`
  query WorkingSet($changedSince: DateTime) {
    workingSet(changedSince: $changedSince) { projectIds changedProjectIds asOf truncated limit }
  }
`)

export const WorkingSetProjectsQuery = graphql(
  `
    query WorkingSetProjects($ids: [String!]!) {
      workingSetProjects(ids: $ids) {
        __typename
        id
        uuid ...StaffProjectSummary ...StaffProjectFacts ...StaffTimeline
        talent { id ...StaffTalentCard ...StaffTalentDetails }
        supportRequests { id ...StaffProjectSupportRequest }
      }
    }
  `,
  [...projectDetailFragments, TalentDetailsFragment, ProjectSupportRequestFragment],
)

/** Projects asked for in one request: the server's bound (workingSetLimits.projectsPerRequest). */
export const projectsPerRequest = 25
