// My leads (`/projects`): the projects I own, or all I may see, by stage; leads still in the outbox at the
// top, marked 未同步. Staff start on the ones they own; other roles on all (the list is their home).
import { createEffect, createMemo, createSignal, For, on, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { graphql, type Stage } from '../graphql.ts'
import { createRead } from '../urql/read.ts'
import { outboxEntries } from '../outbox/index.ts'
import { newProjectOf } from '../outbox/overlay.ts'
import { user } from '../session/session.ts'
import { stageLabel, stages } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../shell/read-state.tsx'
import { PendingLeadCard } from '../components/pending-lead-card.tsx'
import { LeadCard, LeadCardFragment } from './lead-card.tsx'
import { uuidOfGlobalId } from './global-id.ts'

const LeadsQuery = graphql(
  `
    query StaffLeads($first: Int!, $after: String, $ownerId: String, $stage: [Stage!]) {
      projects(first: $first, after: $after, ownerId: $ownerId, stage: $stage) {
        edges { node { id uuid ...StaffLeadCard } }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
  [LeadCardFragment],
)

type Scope = 'mine' | 'all'

export default function MyLeadsRoute() {
  const [scope, setScope] = createSignal<Scope>(user()?.role === 'STAFF' ? 'mine' : 'all')
  const [stage, setStage] = createSignal<Stage | null>(null)
  const [after, setAfter] = createSignal<string | null>(null)
  const me = () => {
    const current = user()
    return current ? uuidOfGlobalId(current.id, 'User') : null
  }
  const read = createRead(LeadsQuery, {
    variables: () => ({
      first: 20,
      after: after(),
      ownerId: scope() === 'mine' ? me() : null,
      stage: stage() ? [stage()!] : null,
    }),
  })
  const page = () => read.data()?.projects
  const nodes = () => page()?.edges.map((edge) => edge.node) ?? []
  // A project the server has but whose acknowledgement was lost is already in the list: show it once.
  const unsynced = createMemo(() => {
    if (stage() && stage() !== 'LEAD') return []
    const known = new Set(nodes().map((node) => node.uuid))
    return outboxEntries().filter((entry) => {
      const project = newProjectOf(entry)
      return project !== null && !known.has(project.projectId)
    })
  })
  // A new lead or project was acknowledged: the server's list now holds it. Asked again here rather than only
  // by the cache's invalidation (urql/cache.ts), which a list answer still on its way — started before the write
  // reached the server — overtakes, leaving the list without the new project (as requests.tsx does).
  const queuedNewProjects = () => outboxEntries().filter((entry) => newProjectOf(entry) !== null).length
  createEffect(
    on(
      queuedNewProjects,
      (count, before) => before !== undefined && count < before && read.refetch({ requestPolicy: 'network-only' }),
    ),
  )
  const choose = (next: () => void) => {
    setAfter(null)
    next()
  }

  return (
    <div class="screen">
      <AppHeader title={user()?.role === 'STAFF' ? t('staff.leads.title') : t('projects.title')} />
      <main class="content">
        {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not form fields; a <fieldset> would
            bring its border and min-content width into the flex row. */}
        <div class="chips" role="group" aria-label={t('staff.leads.scope')}>
          <For each={['mine', 'all'] as const}>
            {(value) => (
              <button
                type="button"
                class="chip"
                aria-pressed={scope() === value}
                onClick={() => choose(() => setScope(value))}
              >
                {t(value === 'mine' ? 'staff.leads.mine' : 'staff.leads.all')}
              </button>
            )}
          </For>
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: a row of toggle buttons, not form fields; a <fieldset> would
            bring its border and min-content width into the flex row. */}
        <div class="chips chips-scroll" role="group" aria-label={t('staff.leads.stageFilter')}>
          <button
            type="button"
            class="chip"
            aria-pressed={stage() === null}
            onClick={() => choose(() => setStage(null))}
          >
            {t('staff.leads.allStages')}
          </button>
          <For each={stages}>
            {(value) => (
              <button
                type="button"
                class="chip"
                aria-pressed={stage() === value}
                onClick={() => choose(() => setStage(value))}
              >
                {stageLabel(value)}
              </button>
            )}
          </For>
        </div>
        <SavedNote shown={Boolean(page())} text={t('projects.offlineCached')} />
        <LoadFailed read={read} say={(message) => t('projects.loadFailed', { message })} />
        <ul class="cards" data-testid="project-list">
          <For each={unsynced()}>{(entry) => <PendingLeadCard entry={entry} />}</For>
          <For each={nodes()}>{(node) => <LeadCard project={node} />}</For>
        </ul>
        <Show when={read.loading()}>
          <Splash />
        </Show>
        <Show when={page() && !nodes().length && !unsynced().length}>
          <p class="empty">{t(stage() || scope() === 'all' ? 'staff.leads.emptyFiltered' : 'projects.empty')}</p>
        </Show>
        <Show when={page()?.pageInfo.hasNextPage}>
          <button
            type="button"
            class="button button-block"
            onClick={() => setAfter(page()?.pageInfo.endCursor ?? null)}
          >
            {t('projects.loadMore')}
          </button>
        </Show>
      </main>
      <nav class="action-bar" aria-label={t('staff.action.actions')}>
        <A href="/leads/new" class="button button-primary button-block" data-testid="new-lead">
          ＋ {t('projects.newLead')}
        </A>
      </nav>
    </div>
  )
}
