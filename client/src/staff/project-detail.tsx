// A project on the phone: the talent, where it stands, what is known, its timeline (unsynced writes on top)
// and its support requests; the actions a staff member takes next sit at the bottom.
import { createMemo, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { outboxEntries } from '../outbox/index.ts'
import { PendingLeadCard } from '../components/pending-lead-card.tsx'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { LoadFailed, Splash } from '../shell/read-state.tsx'
import { createProjectQuery } from './project-query.ts'
import { entriesOfProject, newProjectOf, pendingState } from '../outbox/overlay.ts'
import { stageIndex } from '@talent/rules/stage'
import { ProjectSummary } from './project-summary.tsx'
import { TalentCard } from './talent-card.tsx'
import { TalentDetails } from './talent-details.tsx'
import { ProjectFacts } from './project-facts.tsx'
import { ReferrerAnswer } from './referrer-answer.tsx'
import { Timeline } from './timeline.tsx'
import { ProjectSupportRequests } from './project-support-requests.tsx'
import { BackLink } from './back-link.tsx'
import './staff.css'

export default function ProjectDetailRoute() {
  const { read, project, summary, ids, missing } = createProjectQuery()
  const uuid = () => project()?.uuid ?? ids().uuid
  const pending = createMemo(() => (uuid() ? entriesOfProject(outboxEntries(), uuid()!) : []))
  const state = createMemo(() => {
    const current = summary()
    if (!current) return null
    return pendingState(
      { stage: current.stage, status: current.status, hasSigning: false, hasLanding: false },
      outboxEntries(),
      current.uuid,
    )
  })
  const unsyncedLead = () => outboxEntries().find((entry) => newProjectOf(entry)?.projectId === ids().uuid)

  return (
    <div class="screen">
      <AppHeader title={t('staff.project.title')} />
      <main class="content">
        <BackLink fallback="/projects" />
        <LoadFailed read={read} say={(message) => t('staff.loadFailed', { message })} />
        <Show when={read.result.fetching && !project()}>
          <Splash />
        </Show>
        <Show when={missing() && !read.failed()}>
          <Show
            when={unsyncedLead()}
            fallback={<p class="empty">{online() ? t('staff.project.notFound') : t('staff.project.offlineMissing')}</p>}
          >
            {(entry) => (
              <>
                <ul class="cards">
                  <PendingLeadCard entry={entry()} />
                </ul>
                <p class="notice">{t('staff.project.leadUnsynced')}</p>
              </>
            )}
          </Show>
        </Show>
        <Show when={project()}>
          {(current) => (
            <>
              <ProjectSummary project={current()} pending={state()!} />
              <TalentCard talent={current().talent} projectUnitId={summary()!.unit.id} />
              <TalentDetails talentNodeId={current().talent.id} />
              <ReferrerAnswer projectId={current().uuid} project={current()} />
              <Timeline project={current()} projectId={current().uuid} pending={pending()} />
              <ProjectSupportRequests
                projectId={current().uuid}
                canCreate={stageIndex(state()!.stage) >= stageIndex('SIGNED')}
              />
              <ProjectFacts project={current()} />
            </>
          )}
        </Show>
      </main>
      <Show when={project()}>
        {(current) => (
          <nav class="action-bar" aria-label={t('staff.action.actions')}>
            <A href={`/projects/${current().uuid}/stage`} class="button" data-testid="move-stage">
              {t('staff.action.stage')}
            </A>
            <A href={`/projects/${current().uuid}/edit`} class="button" data-testid="edit-project">
              {t('staff.action.edit')}
            </A>
            <A
              href={`/projects/${current().uuid}/follow-up`}
              class="button button-primary button-grow"
              data-testid="log-follow-up"
            >
              {t('staff.action.followUp')}
            </A>
          </nav>
        )}
      </Show>
    </div>
  )
}
