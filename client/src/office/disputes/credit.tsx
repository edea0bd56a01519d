// 计分单位: find a project, then credit one unit with all of it or split it between units (percents summing
// to 100). The server checks the same (and that nobody changed the project meanwhile) and audits the reason.
import { createSignal, For, Index, Show } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t } from '../../i18n/index.ts'
import { readFragment, type FragmentOf, type ResultOf } from '../../graphql.ts'
import { Field } from '../../components/field.tsx'
import { FormError } from '../../components/form-error.tsx'
import { createRead } from '../../urql/read.ts'
import { sendOnline } from '../../urql/send-online.ts'
import { CreditFields, CreditProjectsQuery, MoveCreditMutation, SplitCreditMutation } from './documents.ts'

type CreditProject = ResultOf<typeof CreditFields>
type Unit = { uuid: string; name: string }

/** Where a project's credit goes, in words: one unit, or each unit with its percent. */
export function creditText(project: CreditProject): string {
  if (project.creditShares.length === 0) return project.creditUnit.name
  return project.creditShares.map((share) => `${share.unit.name} ${share.percent}%`).join('，')
}

function CreditForm(props: { project: CreditProject; units: Unit[]; onSaved: (project: CreditProject) => void }) {
  const [mode, setMode] = createSignal<'move' | 'split'>('move')
  const [unitId, setUnitId] = createSignal('')
  const [shares, setShares] = createSignal([
    { unitId: props.project.creditUnit.uuid, percent: '50' },
    { unitId: '', percent: '50' },
  ])
  const [reason, setReason] = createSignal('')
  const [problem, setProblem] = createSignal<string>()
  const total = () => shares().reduce((sum, share) => sum + (Number(share.percent) || 0), 0)
  const setShare = (index: number, change: Partial<{ unitId: string; percent: string }>) =>
    setShares(shares().map((share, i) => (i === index ? { ...share, ...change } : share)))
  const id = props.project.uuid

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    setProblem(undefined)
    const base = { clientMutationId: uuidv7(), id, version: props.project.version, reason: reason() }
    const offline = t('office.disputes.online')
    const sent =
      mode() === 'move'
        ? await sendOnline(MoveCreditMutation, { input: { ...base, creditUnitId: unitId() } }, offline)
        : await sendOnline(
            SplitCreditMutation,
            { input: { ...base, shares: shares().map((s) => ({ unitId: s.unitId, percent: Number(s.percent) })) } },
            offline,
          )
    if (!sent.ok) return setProblem(sent.message)
    const data = sent.data as { moveProjectCredit?: FragmentOf<typeof CreditFields> } & {
      splitProjectCredit?: FragmentOf<typeof CreditFields>
    }
    props.onSaved(readFragment(CreditFields, (data.moveProjectCredit ?? data.splitProjectCredit)!))
  }

  const unitOptions = () => (
    <>
      <option value="">{t('office.disputes.pickUnit')}</option>
      <For each={props.units}>{(unit) => <option value={unit.uuid}>{unit.name}</option>}</For>
    </>
  )
  return (
    <form class="office-new" data-testid="credit-form" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t('office.disputes.mode')}</legend>
        <label class="office-choice">
          <input type="radio" name="credit-mode" checked={mode() === 'move'} onChange={() => setMode('move')} />
          {t('office.disputes.move')}
        </label>
        <label class="office-choice">
          <input type="radio" name="credit-mode" checked={mode() === 'split'} onChange={() => setMode('split')} />
          {t('office.disputes.split')}
        </label>
      </fieldset>
      <Show
        when={mode() === 'split'}
        fallback={
          <Field label={t('office.disputes.toUnit')} for="credit-unit" required>
            <select id="credit-unit" required value={unitId()} onChange={(e) => setUnitId(e.currentTarget.value)}>
              {unitOptions()}
            </select>
          </Field>
        }
      >
        <Index each={shares()}>
          {(share, index) => (
            <div class="office-filters">
              <Field label={t('office.disputes.shareUnit', { n: index + 1 })} for={`credit-share-unit-${index}`}>
                <select
                  id={`credit-share-unit-${index}`}
                  value={share().unitId}
                  onChange={(e) => setShare(index, { unitId: e.currentTarget.value })}
                >
                  {unitOptions()}
                </select>
              </Field>
              <Field label={t('office.disputes.sharePercent', { n: index + 1 })} for={`credit-share-percent-${index}`}>
                <input
                  id={`credit-share-percent-${index}`}
                  type="number"
                  min="0.01"
                  max="99.99"
                  step="0.01"
                  value={share().percent}
                  onInput={(e) => setShare(index, { percent: e.currentTarget.value })}
                />
              </Field>
            </div>
          )}
        </Index>
        <p class="card-meta" data-testid="credit-total">
          {t('office.disputes.total', { total: Math.round(total() * 100) / 100 })}
        </p>
        <button type="button" class="button" onClick={() => setShares([...shares(), { unitId: '', percent: '' }])}>
          {t('office.disputes.addShare')}
        </button>
      </Show>
      <Field label={t('office.disputes.creditReason')} for="credit-reason" required>
        <textarea id="credit-reason" required value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
      </Field>
      <FormError message={problem()} />
      <button type="submit" class="button button-primary">
        {t('office.disputes.saveCredit')}
      </button>
    </form>
  )
}

export function CreditSettling() {
  const [search, setSearch] = createSignal('')
  const [open, setOpen] = createSignal<string>()
  const [saved, setSaved] = createSignal<string>()
  const found = createRead(CreditProjectsQuery, {
    variables: () => ({ search: search().trim() }),
    pause: () => search().trim().length === 0,
    requestPolicy: 'network-only',
  })
  const projects = () => found.data()?.projects.edges.map((edge) => readFragment(CreditFields, edge.node)) ?? []
  const units = () =>
    (found.data()?.units ?? []).filter((unit) => unit.kind !== 'DEPARTMENT' && !unit.retiredAt) as Unit[]
  return (
    <section aria-labelledby="disputes-credit" data-testid="credit-settling">
      <h2 id="disputes-credit">{t('office.disputes.credit')}</h2>
      <Field label={t('office.disputes.search')} for="credit-search">
        <input id="credit-search" type="search" value={search()} onInput={(e) => setSearch(e.currentTarget.value)} />
      </Field>
      <Show when={saved()}>{(message) => <p role="status">{message()}</p>}</Show>
      <Show when={found.failed()}>{(message) => <p class="form-error">{message()}</p>}</Show>
      <Show when={search().trim() && found.data() && projects().length === 0}>
        <p class="card-meta">{t('office.disputes.noProjectsFound')}</p>
      </Show>
      <table class="office-table">
        <tbody>
          <For each={projects()}>
            {(project) => (
              <>
                <tr data-testid="credit-project">
                  <td>
                    <strong>{project.title}</strong>
                    <span class="muted">
                      {project.talent.name} · {project.unit.name}
                    </span>
                  </td>
                  <td>{t('office.disputes.creditNow', { credit: creditText(project) })}</td>
                  <td class="office-actions">
                    <button type="button" onClick={() => setOpen(open() === project.uuid ? undefined : project.uuid)}>
                      {t('office.disputes.settle')}
                    </button>
                  </td>
                </tr>
                <Show when={open() === project.uuid}>
                  <tr>
                    <td colSpan={3}>
                      <CreditForm
                        project={project}
                        units={units()}
                        onSaved={(now) => {
                          setOpen(undefined)
                          setSaved(t('office.disputes.creditSaved', { credit: `${now.title}：${creditText(now)}` }))
                          found.refetch({ requestPolicy: 'network-only' })
                        }}
                      />
                    </td>
                  </tr>
                </Show>
              </>
            )}
          </For>
        </tbody>
      </table>
    </section>
  )
}
