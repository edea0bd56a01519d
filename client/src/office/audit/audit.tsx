// /office/audit (审计日志): every change and every look at masked data, newest first, filtered by person,
// object, action and county days; a talent's contact reveals are the filter 人才 + its id + 查看联系方式.
// The export takes the same filter; contact values are left out by the server in both.
import { createSignal, For, Show } from 'solid-js'
import { createStore } from 'solid-js/store'
import { useClient } from '@urql/solid'
import { t, type MessageKey } from '../../i18n/index.ts'
import { AppHeader } from '../../shell/app-header.tsx'
import { Field } from '../../components/field.tsx'
import { FormError } from '../../components/form-error.tsx'
import { createRead } from '../../urql/read.ts'
import { errorMessage, isNetworkFailure } from '../../urql/errors.ts'
import { blobOfBase64, saveBlob } from '../../leader/download.ts'
import { cacheless } from '../../ledger/cacheless.ts'
import { yearMonthDay } from '../../format.ts'
import { countyParts } from '../../format.ts'
import { AuditActionsQuery, AuditLogQuery, AuditPeopleQuery, AuditWorkbookQuery } from './documents.ts'
import { auditEntities, auditFilter, emptyAuditForm, type AuditForm } from './filters.ts'
import '../office.css'

const pageSize = 50
const entityLabel = (entity: string) =>
  (auditEntities as readonly string[]).includes(entity) ? t(`office.audit.entity.${entity}` as MessageKey) : entity
const when = (at: string) => `${yearMonthDay(new Date(at))} ${countyParts(new Date(at)).time}`

function Filters(props: { form: AuditForm; set: (change: Partial<AuditForm>) => void }) {
  const people = createRead(AuditPeopleQuery)
  const actions = createRead(AuditActionsQuery)
  const input = (key: keyof AuditForm) => (event: { currentTarget: { value: string } }) =>
    props.set({ [key]: event.currentTarget.value })
  return (
    <div class="office-filters" data-testid="audit-filters">
      <Field label={t('office.audit.person')} for="audit-person">
        <select id="audit-person" value={props.form.actorId} onChange={input('actorId')}>
          <option value="">{t('office.audit.anyone')}</option>
          <For each={people.data()?.accounts.edges ?? []}>
            {({ node }) => <option value={node.uuid}>{`${node.name}（${node.unit.name}）`}</option>}
          </For>
        </select>
      </Field>
      <Field label={t('office.audit.action')} for="audit-action">
        <select id="audit-action" value={props.form.action} onChange={input('action')}>
          <option value="">{t('office.audit.anyAction')}</option>
          <For each={actions.data()?.auditLogActions ?? []}>
            {(action) => <option value={action.action}>{action.label}</option>}
          </For>
        </select>
      </Field>
      <Field label={t('office.audit.entity')} for="audit-entity">
        <select id="audit-entity" value={props.form.entity} onChange={input('entity')}>
          <option value="">{t('office.audit.anyEntity')}</option>
          <For each={auditEntities}>{(entity) => <option value={entity}>{entityLabel(entity)}</option>}</For>
        </select>
      </Field>
      <Field label={t('office.audit.entityId')} for="audit-entity-id">
        <input id="audit-entity-id" value={props.form.entityId} onChange={input('entityId')} />
      </Field>
      <Field label={t('office.audit.from')} for="audit-from">
        <input id="audit-from" type="date" value={props.form.from} onChange={input('from')} />
      </Field>
      <Field label={t('office.audit.to')} for="audit-to">
        <input id="audit-to" type="date" value={props.form.to} onChange={input('to')} />
      </Field>
      <button type="button" class="button" onClick={() => props.set({ ...emptyAuditForm })}>
        {t('office.audit.clear')}
      </button>
    </div>
  )
}

function Export(props: { filter: () => ReturnType<typeof auditFilter> }) {
  const client = useClient()
  const [busy, setBusy] = createSignal(false)
  const [problem, setProblem] = createSignal<string>()
  async function download() {
    setProblem(undefined)
    setBusy(true)
    const result = await cacheless(client).query(AuditWorkbookQuery, { filter: props.filter() }).toPromise()
    setBusy(false)
    const file = result.data?.auditLogWorkbook
    if (file) return saveBlob(blobOfBase64(file.contentBase64, file.contentType), file.fileName)
    setProblem(
      isNetworkFailure(result.error)
        ? t('office.audit.offline')
        : t('office.audit.failed', { message: errorMessage(result.error, t('error.unknown')) }),
    )
  }
  return (
    <div>
      <button type="button" class="button button-primary" disabled={busy()} onClick={() => void download()}>
        {busy() ? t('office.audit.exporting') : t('office.audit.export')}
      </button>
      <p class="card-meta">{t('office.audit.exportNote')}</p>
      <FormError message={problem()} />
    </div>
  )
}

export default function AuditRoute() {
  const [form, setForm] = createStore<AuditForm>({ ...emptyAuditForm })
  const [count, setCount] = createSignal(pageSize)
  const filter = () => auditFilter({ ...form })
  const log = createRead(AuditLogQuery, {
    variables: () => ({ filter: filter(), first: count() }),
    requestPolicy: 'network-only',
  })
  const entries = () => log.data()?.auditLog.edges.map((edge) => edge.node) ?? []
  const set = (change: Partial<AuditForm>) => {
    setForm(change)
    setCount(pageSize)
  }
  return (
    <div class="screen">
      <AppHeader title={t('office.audit.title')} />
      <main class="content office" data-testid="office-audit">
        <Filters form={form} set={set} />
        <Export filter={filter} />
        <Show when={log.offline()}>
          <p class="notice">{t('office.audit.offline')}</p>
        </Show>
        <Show when={log.failed()}>{(message) => <p class="form-error">{message()}</p>}</Show>
        <Show when={log.data() && entries().length === 0}>
          <p class="card-meta">{t('office.audit.none')}</p>
        </Show>
        <table class="office-table office-audit" data-testid="audit-table">
          <thead>
            <tr>
              <th scope="col">{t('office.audit.time')}</th>
              <th scope="col">{t('office.audit.person')}</th>
              <th scope="col">{t('office.audit.action')}</th>
              <th scope="col">{t('office.audit.object')}</th>
              <th scope="col">{t('office.audit.changes')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={entries()}>
              {(entry) => (
                <tr data-testid="audit-entry">
                  <td>{when(entry.at)}</td>
                  <td>
                    {entry.actor?.name ?? t('office.audit.system')}
                    <span class="muted">{entry.actor?.unit.name}</span>
                  </td>
                  <td>{entry.actionLabel}</td>
                  <td>
                    {entityLabel(entry.entity)}
                    <span class="muted">{entry.entityId}</span>
                  </td>
                  <td>
                    <Show when={entry.reason}>
                      {(reason) => <div>{t('office.audit.reason', { reason: reason() })}</div>}
                    </Show>
                    <For each={entry.changes}>{(line) => <span class="muted">{line}</span>}</For>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
        <Show when={log.data()?.auditLog.pageInfo.hasNextPage && count() < 200}>
          <button type="button" class="button" onClick={() => setCount(count() + pageSize)}>
            {t('office.audit.more')}
          </button>
        </Show>
      </main>
    </div>
  )
}
