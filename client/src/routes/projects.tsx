import { createMemo, createSignal, For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { createQuery } from '@urql/solid'
import { graphql } from '../graphql.ts'
import { hydrated } from '../urql/client.ts'
import { errorMessage, isNetworkFailure } from '../urql/errors.ts'
import { outboxEntries } from '../outbox/index.ts'
import { leadOf } from '../lead/create-lead.ts'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../components/app-header.tsx'
import { ProjectCard, ProjectCardFragment } from '../components/project-card.tsx'
import { PendingLeadCard } from '../components/pending-lead-card.tsx'

const ProjectsQuery = graphql(
  `
    query Projects($first: Int!, $after: String) {
      projects(first: $first, after: $after) {
        edges { node { id uuid ...ProjectCard } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
  [ProjectCardFragment],
)

export default function ProjectsRoute() {
  const [after, setAfter] = createSignal<string | null>(null)
  const [projects] = createQuery({
    query: ProjectsQuery,
    variables: () => ({ first: 20, after: after() }),
    pause: () => !hydrated(),
  })
  const nodes = () => projects.data?.projects.edges.map((edge) => edge.node) ?? []
  // A lead the server has but whose acknowledgement was lost is already in the list: show it once.
  const unsynced = createMemo(() => {
    const known = new Set(nodes().map((node) => node.uuid))
    return outboxEntries().filter((entry) => {
      const lead = leadOf(entry.variables)
      return entry.operation === 'createLead' && lead && !known.has(lead.projectId)
    })
  })
  const failedToLoad = () => (projects.error && !isNetworkFailure(projects.error) ? errorMessage(projects.error, t('error.unknown')) : null)

  return (
    <div class="screen">
      <AppHeader title={t('projects.title')} />
      <main class="content">
        <Show when={!online() && projects.data}>
          <p class="notice">{t('projects.offlineCached')}</p>
        </Show>
        <Show when={failedToLoad()}>{(message) => <p class="form-error">{t('projects.loadFailed', { message: message() })}</p>}</Show>
        <ul class="cards" data-testid="project-list">
          <For each={unsynced()}>{(entry) => <PendingLeadCard entry={entry} />}</For>
          <For each={nodes()}>{(node) => <ProjectCard project={node} />}</For>
        </ul>
        <Show when={projects.fetching && !projects.data}>
          <p class="splash">{t('common.loading')}</p>
        </Show>
        <Show when={projects.data && !nodes().length && !unsynced().length}>
          <p class="empty">{t('projects.empty')}</p>
        </Show>
        <Show when={projects.data?.projects.pageInfo.hasNextPage}>
          <button type="button" class="button button-block" onClick={() => setAfter(projects.data?.projects.pageInfo.endCursor ?? null)}>
            {t('projects.loadMore')}
          </button>
        </Show>
      </main>
      <nav class="action-bar">
        <A href="/leads/new" class="button button-primary button-block" data-testid="new-lead">
          ＋ {t('projects.newLead')}
        </A>
      </nav>
    </div>
  )
}
