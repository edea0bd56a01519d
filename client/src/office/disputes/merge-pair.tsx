// Two records of one person side by side: the office picks the record that stays, then, for each field the
// two disagree on, which value survives; a reason; the server merges (and refuses if either changed since).
import { createMemo, createSignal, For } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t, type MessageKey } from '../../i18n/index.ts'
import { readFragment, type FragmentOf, type ResultOf } from '../../graphql.ts'
import { FormError } from '../../components/form-error.tsx'
import { Field } from '../../components/field.tsx'
import { yearMonthDay } from '../../format.ts'
import { sendOnline } from '../../urql/send-online.ts'
import { MergePairMutation, PairTalentFields } from './documents.ts'
import { choosableMergeFields, type ChoosableMergeField } from '@talent/rules/talent'

type PairTalent = ResultOf<typeof PairTalentFields>
// The server takes the same list (@talent/rules/talent): a field shown here is one the merge can keep.
const fields = choosableMergeFields
type MergeField = ChoosableMergeField
/** The fields whose values are codes, shown in words. */
const enumFields = new Set<MergeField>(['gender', 'degree', 'talentClass', 'talentTeam', 'sector'])
const enumName = (field: MergeField) => field.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()

const shown = (value: unknown) => (value === null || value === undefined || value === '' ? null : String(value))

/** The fields where both records have a value and the values differ: the ones the office must decide. */
export function differingFields(a: PairTalent, b: PairTalent): MergeField[] {
  return fields.filter((field) => shown(a[field]) && shown(b[field]) && shown(a[field]) !== shown(b[field]))
}

export function MergePair(props: {
  first: FragmentOf<typeof PairTalentFields>
  second: FragmentOf<typeof PairTalentFields>
  onDone: (message: string) => void
  onCancel: () => void
}) {
  const records = () => [readFragment(PairTalentFields, props.first), readFragment(PairTalentFields, props.second)]
  const [keepIndex, setKeepIndex] = createSignal(0)
  const survivor = () => records()[keepIndex()]!
  const merged = () => records()[1 - keepIndex()]!
  const differing = createMemo(() => differingFields(survivor(), merged()))
  const [fromMerged, setFromMerged] = createSignal<ReadonlySet<MergeField>>(new Set())
  const [reason, setReason] = createSignal('')
  const [problem, setProblem] = createSignal<string>()
  const [busy, setBusy] = createSignal(false)
  const choose = (field: MergeField, merge: boolean) => {
    const next = new Set(fromMerged())
    if (merge) next.add(field)
    else next.delete(field)
    setFromMerged(next)
  }

  async function submit(event: SubmitEvent) {
    event.preventDefault()
    setProblem(undefined)
    setBusy(true)
    const chosen = differing().filter((field) => fromMerged().has(field))
    const sent = await sendOnline(
      MergePairMutation,
      {
        input: {
          clientMutationId: uuidv7(),
          survivorId: survivor().uuid,
          mergedId: merged().uuid,
          survivorVersion: survivor().version,
          mergedVersion: merged().version,
          reason: reason(),
          takeFromMerged: chosen.map(enumName) as never,
        },
      },
      t('office.disputes.online'),
    )
    setBusy(false)
    if (!sent.ok) return setProblem(sent.message)
    props.onDone(t('office.disputes.merged', { name: sent.data.mergeTalents.name }))
  }

  const fieldLabel = (field: MergeField) => t(`office.disputes.field.${field}` as MessageKey)
  const valueIn = (talent: PairTalent, field: MergeField) => {
    const value = shown(talent[field])
    if (value === null) return t('office.disputes.empty')
    return enumFields.has(field) ? t(`office.disputes.value.${field}.${value}` as MessageKey) : value
  }
  return (
    <form class="office-merge" data-testid="merge-pair" onSubmit={(event) => void submit(event)}>
      <fieldset>
        <legend>{t('office.disputes.keep')}</legend>
        <For each={records()}>
          {(talent, index) => (
            <label class="office-choice">
              <input
                type="radio"
                name="merge-keep"
                checked={keepIndex() === index()}
                onChange={() => {
                  setKeepIndex(index())
                  setFromMerged(new Set<MergeField>())
                }}
              />
              {t('office.disputes.keepRecord', { name: talent.name, date: yearMonthDay(new Date(talent.createdAt)) })}
            </label>
          )}
        </For>
      </fieldset>
      <table class="office-table office-compare">
        <thead>
          <tr>
            <th scope="col">{t('office.disputes.fieldColumn')}</th>
            <th scope="col">{t('office.disputes.survivorColumn')}</th>
            <th scope="col">{t('office.disputes.mergedColumn')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={differing()}>
            {(field) => (
              <tr data-testid={`merge-field-${field}`}>
                <th scope="row">{fieldLabel(field)}</th>
                <For each={[false, true]}>
                  {(merge) => (
                    <td>
                      <label class="office-choice">
                        <input
                          type="radio"
                          name={`merge-${field}`}
                          checked={fromMerged().has(field) === merge}
                          onChange={() => choose(field, merge)}
                          aria-label={t('office.disputes.useValue', {
                            field: fieldLabel(field),
                            value: valueIn(merge ? merged() : survivor(), field),
                          })}
                        />
                        {valueIn(merge ? merged() : survivor(), field)}
                      </label>
                    </td>
                  )}
                </For>
              </tr>
            )}
          </For>
          <tr>
            <th scope="row">{t('office.disputes.projects')}</th>
            <For each={[survivor(), merged()]}>
              {(talent) => (
                <td>
                  {talent.projects.map((p) => `${p.title}（${p.unit.name}）`).join('；') ||
                    t('office.disputes.noProjects')}
                </td>
              )}
            </For>
          </tr>
        </tbody>
      </table>
      <p class="card-meta">{t('office.disputes.same')}</p>
      <Field label={t('office.disputes.mergeReason')} for="merge-reason" required>
        <textarea id="merge-reason" required value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
      </Field>
      <FormError message={problem()} />
      <div class="office-actions">
        <button type="submit" class="button button-primary" disabled={busy()}>
          {t('office.disputes.merge')}
        </button>
        <button type="button" class="button" onClick={() => props.onCancel()}>
          {t('office.disputes.cancel')}
        </button>
      </div>
    </form>
  )
}
