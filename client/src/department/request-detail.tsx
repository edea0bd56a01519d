// One support request: what is asked, who has it, its whole history, and the steps this user may take now.
// A request still in the outbox shows from there, marked 未同步, until the server has it.
import { createMemo, Show } from 'solid-js'
import { useParams } from '@solidjs/router'
import { graphql, readFragment } from '../graphql.ts'
import { createRead } from '../urql/read.ts'
import { outboxEntries } from '../outbox/index.ts'
import { user } from '../session/session.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { Splash } from '../shell/read-state.tsx'
import { globalIdOf, isUuid, uuidOfGlobalId } from '../staff/global-id.ts'
import { BackLink } from '../staff/back-link.tsx'
import { SupportRequestCardFragment, SupportRequestDetailFragment } from './fragments.ts'
import { availableSteps, projectOpens, statusWithPending, type RequestPlace } from './support-steps.ts'
import { pendingRequests, pendingSteps } from '../outbox/overlay.ts'
import { createDepartments } from './departments.ts'
import { RequestHistory } from './request-history.tsx'
import { RequestActions } from './request-actions.tsx'
import { PendingRequestSummary, RequestSummary } from './request-summary.tsx'
import './requests.css'

const SupportRequestScreenQuery = graphql(
  `
    query SupportRequestScreen($id: ID!) {
      node(id: $id) {
        __typename
        id
        ... on SupportRequest { ...SupportRequestDetail escalationLevel escalationLabel lastEscalatedAt }
      }
    }
  `,
  [SupportRequestDetailFragment],
)

export default function RequestDetailRoute() {
  const params = useParams<{ id: string }>()
  const uuid = () => (isUuid(params.id) ? params.id.toLowerCase() : (uuidOfGlobalId(params.id, 'SupportRequest') ?? ''))
  const read = createRead(SupportRequestScreenQuery, {
    variables: () => ({ id: globalIdOf('SupportRequest', uuid()) }),
  })
  const request = createMemo(() => {
    const node = read.data()?.node
    if (node?.__typename !== 'SupportRequest') return null
    const detail = readFragment(SupportRequestDetailFragment, node)
    const { escalationLevel, escalationLabel, lastEscalatedAt } = node
    return {
      ...readFragment(SupportRequestCardFragment, detail),
      ...detail,
      escalation: { level: escalationLevel, label: escalationLabel, at: lastEscalatedAt },
    }
  })
  const departments = createDepartments()
  const departmentName = (id: string) => departments().find((unit) => unit.uuid === id)?.name ?? ''
  const pending = createMemo(() => pendingSteps(outboxEntries(), uuid()))
  const pendingCreate = createMemo(() =>
    pendingRequests(outboxEntries(), departmentName).find((created) => created.request.id === uuid()),
  )

  const status = () => statusWithPending(request()!.status, pending())
  // A queued hand-off moves the request before the server knows: the department shown is where it is going.
  const departmentUuid = () => {
    const handedTo = pending().findLast(({ input }) => 'departmentId' in input)?.input
    return handedTo && 'departmentId' in handedTo ? handedTo.departmentId : (request()?.department?.uuid ?? null)
  }
  const myUnit = () => uuidOfGlobalId(user()?.unit.id ?? '', 'Unit')
  const place = (): RequestPlace => ({
    withMyDepartment: departmentUuid() !== null && departmentUuid() === myUnit(),
    projectOfMyUnit: Boolean(request()?.project && request()!.project!.unit.id === user()?.unit.id),
  })
  const steps = () => {
    const current = user()
    return current && request() ? availableSteps(current, status(), place()) : []
  }

  return (
    <div class="screen">
      <AppHeader title={t('department.detail.title')} />
      <BackLink fallback="/requests" />
      <main class="content request-detail">
        <Show when={read.loading() && !pendingCreate()}>
          <Splash />
        </Show>
        <Show when={read.data() && !request() && !pendingCreate()}>
          <p class="empty">{t('department.detail.notFound')}</p>
        </Show>
        <Show when={!request() && pendingCreate()}>
          {(created) => <PendingRequestSummary {...created().request} />}
        </Show>
        <Show when={request()}>
          {(current) => (
            <>
              <RequestSummary
                request={current()}
                status={status()}
                pending={pending()}
                projectOpens={projectOpens(user() ?? { role: 'STAFF' }, place())}
                departmentName={
                  departmentUuid() ? departmentName(departmentUuid()!) || (current().department?.name ?? '') : null
                }
              />
              <RequestHistory events={current().events} pending={pending()} departmentName={departmentName} />
              <Show when={steps().length}>
                <RequestActions
                  steps={steps()}
                  request={{ uuid: current().uuid, version: current().version, departmentUuid: departmentUuid() }}
                  departments={departments()}
                />
              </Show>
            </>
          )}
        </Show>
      </main>
    </div>
  )
}
