// /projects/:id/requests/new: a signed project's 落地服务诉求, optionally handed to a department at once.
// Queued in the outbox; the project's request list shows it at once, marked 未同步.
import { createMemo, For, Show } from 'solid-js'
import { useNavigate, useParams } from '@solidjs/router'
import { graphql, readFragment } from '../graphql.ts'
import { createRead } from '../urql/read.ts'
import { outboxEntries } from '../outbox/index.ts'
import { stages } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { Splash } from '../shell/read-state.tsx'
import { Field } from '../components/field.tsx'
import { createOutboxForm } from '../components/outbox-form.ts'
import { projectIds } from '../staff/global-id.ts'
import { BackLink } from '../staff/back-link.tsx'
import { countyToday } from '../staff/dates.ts'
import { createDepartments } from '../department/departments.ts'
import { requestCategoryLabel } from '../department/labels.ts'
import { supportCategories, type SupportCategory } from '../department/support-steps.ts'
import { PipelineProjectFragment } from './fragments.ts'
import { pendingStages } from '../outbox/overlay.ts'
import { createSupportRequestWrite, emptySupportRequest, validateSupportRequest } from './support-request-write.ts'
import './manager.css'

const RequestProjectQuery = graphql(
  `
    query ManagerRequestProject($id: ID!) {
      node(id: $id) { __typename id ... on Project { ...PipelineProject } }
    }
  `,
  [PipelineProjectFragment],
)

export default function NewRequestRoute() {
  const params = useParams<{ id: string }>()
  const navigate = useNavigate()
  const ids = () => projectIds(params.id)
  const projectRead = createRead(RequestProjectQuery, { variables: () => ({ id: ids().nodeId }) })
  const project = createMemo(() => {
    const node = projectRead.data()?.node
    return node?.__typename === 'Project' ? readFragment(PipelineProjectFragment, node) : null
  })
  // A move to 签约 still in the outbox counts: the request will reach the server after it.
  const signed = () => {
    const read = project()
    const stage = read ? (pendingStages(outboxEntries()).get(read.uuid)?.value ?? read.stage) : null
    return stage !== null && stages.indexOf(stage) >= stages.indexOf('SIGNED')
  }
  const departments = createDepartments()
  const { form, setForm, bind, errors, error, saveError, busy, submit } = createOutboxForm({
    fields: emptySupportRequest(),
    idPrefix: 'request',
    validate: (fields) => validateSupportRequest(fields, countyToday()),
    writes: ({ category, ...fields }, me) => {
      const read = project()
      return category && read ? createSupportRequestWrite(read.uuid, { ...fields, category }, me.id) : null
    },
    onQueued: () => navigate(`/requests?projectId=${project()?.uuid}`, { replace: true }),
  })

  return (
    <div class="screen">
      <AppHeader title={t('manager.request.title')} />
      <BackLink fallback={`/requests?projectId=${ids().uuid ?? ''}`} />
      <Show when={projectRead.data() && !project()}>
        <p class="empty">{t('manager.owner.notFound')}</p>
      </Show>
      <Show
        when={project()}
        fallback={
          <Show when={!projectRead.data()}>
            <Splash />
          </Show>
        }
      >
        {(read) => (
          <form class="content" onSubmit={(event) => void submit(event)} novalidate>
            <p class="card-line">
              {t('manager.request.project', { title: `${read().talent.name} · ${read().title}` })}
            </p>
            <Show when={signed()} fallback={<p class="notice">{t('manager.request.notSigned')}</p>}>
              <Field label={t('manager.request.category')} for="request-category" required error={error('category')}>
                <select
                  id="request-category"
                  aria-invalid={Boolean(errors().category)}
                  value={form.category}
                  onChange={(event) => setForm('category', event.currentTarget.value as SupportCategory)}
                >
                  <option value="">{t('department.field.choose')}</option>
                  <For each={supportCategories}>
                    {(category) => <option value={category}>{requestCategoryLabel(category)}</option>}
                  </For>
                </select>
              </Field>
              <Field
                label={t('manager.request.description')}
                for="request-description"
                required
                hint={t('manager.request.descriptionHint')}
                error={error('description')}
              >
                <textarea {...bind('description')} rows="4" />
              </Field>
              <Field label={t('manager.request.department')} for="request-department">
                <select
                  id="request-department"
                  value={form.departmentId}
                  onChange={(event) => setForm('departmentId', event.currentTarget.value)}
                >
                  <option value="">{t('manager.request.noDepartment')}</option>
                  <For each={departments()}>{(unit) => <option value={unit.uuid}>{unit.name}</option>}</For>
                </select>
              </Field>
              <Field
                label={t('manager.request.due')}
                for="request-due"
                hint={t('manager.request.dueHint')}
                error={error('due')}
              >
                <input {...bind('due')} type="date" min={countyToday()} />
              </Field>
              <Show when={saveError()}>
                {(message) => (
                  <p class="form-error" role="alert">
                    {message()}
                  </p>
                )}
              </Show>
              <div class="action-bar action-bar-form">
                <button
                  type="button"
                  class="button"
                  onClick={() =>
                    history.length > 1 && history.state ? navigate(-1) : navigate(`/requests?projectId=${read().uuid}`)
                  }
                >
                  {t('common.cancel')}
                </button>
                <button
                  type="submit"
                  class="button button-primary button-grow"
                  disabled={busy()}
                  data-testid="submit-request"
                >
                  {t('manager.request.submit')}
                </button>
              </div>
            </Show>
          </form>
        )}
      </Show>
    </div>
  )
}
