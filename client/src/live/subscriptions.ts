// The live screens' subscriptions (server: schema/**/*-live.ts). Each says only what changed; the screen
// re-reads with its own query (live.ts).
import { graphql } from '../graphql.ts'

export const BoardChanged = graphql(`
  subscription BoardChanged { boardChanged { ids reread } }
`)

export const SupportRequestsChanged = graphql(`
  subscription SupportRequestsChanged { supportRequestsChanged { ids reread } }
`)

export const ProjectTimelineChanged = graphql(`
  subscription ProjectTimelineChanged($projectId: String!) {
    projectTimelineChanged(projectId: $projectId) { ids reread }
  }
`)

export const StatisticsChanged = graphql(`
  subscription StatisticsChanged { statisticsChanged { ids reread } }
`)

export const InboxChanged = graphql(`
  subscription InboxChanged { inboxChanged { ids reread } }
`)
