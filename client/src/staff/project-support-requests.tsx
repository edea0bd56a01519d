// The project's 落地服务诉求, as a short list on its page; the full screens are the manager's (/requests).
import { For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { readFragment } from '../graphql.ts'
import { ProjectSupportRequestFragment, ProjectSupportRequestsQuery } from './project-fragments.ts'
import { createRead } from '../urql/read.ts'
import { t } from '../i18n/index.ts'
import { LoadFailed } from '../shell/read-state.tsx'
import { supportCategoryLabel, supportStatusLabel } from './labels.ts'
import { fullDate } from './dates.ts'

export function ProjectSupportRequests(props: { projectId: string; canCreate: boolean }) {
  const read = createRead(ProjectSupportRequestsQuery, { variables: () => ({ projectId: props.projectId }) })
  const requests = () =>
    read.data()?.supportRequests.edges.map((edge) => readFragment(ProjectSupportRequestFragment, edge.node)) ?? []
  return (
    <section class="panel" aria-labelledby="support-heading" data-testid="project-support-requests">
      <h2 id="support-heading" class="panel-title">
        {t('staff.support.heading')}
      </h2>
      <LoadFailed read={read} say={(message) => t('staff.loadFailed', { message })} />
      <Show when={read.data() && !requests().length}>
        <p class="muted">{t('staff.support.empty')}</p>
      </Show>
      <ul class="plain-list support-list">
        <For each={requests()}>
          {(request) => (
            <li class="support-item">
              <p>
                <strong>{supportCategoryLabel(request.category)}</strong> · {supportStatusLabel(request.status)}
                <Show when={request.overdue}>
                  {' '}
                  <span class="tag tag-failed">{t('staff.support.overdue')}</span>
                </Show>
              </p>
              <p class="muted">
                {request.department?.name ?? t('staff.support.unassigned')}
                <Show when={request.dueAt}>
                  {(due) => <span> · {t('staff.support.due', { date: fullDate(due()) })}</span>}
                </Show>
              </p>
              <p class="support-description">{request.description}</p>
            </li>
          )}
        </For>
      </ul>
      <div class="row">
        <A href={`/requests?projectId=${props.projectId}`} class="button button-small">
          {t('staff.support.all')}
        </A>
        <Show when={props.canCreate}>
          <A href={`/projects/${props.projectId}/requests/new`} class="button button-small">
            {t('staff.support.new')}
          </A>
        </Show>
      </div>
    </section>
  )
}
