// The county's units on the office's screen: rename one in place, retire one nobody active works in any more,
// or bring a retired one back. A retired unit keeps its records and its past years.
import { createSignal, For, Show } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import type { UnitKind } from '@talent/rules/enums'
import { t } from '../i18n/index.ts'
import { FormError } from '../components/form-error.tsx'
import { OfficeUpdateUnit } from './documents.ts'
import { unitKindLabel } from './new-unit.tsx'
import { sendOnline } from '../urql/send-online.ts'

export interface UnitRow {
  uuid: string
  name: string
  code: string
  kind: UnitKind
  retiredAt: string | null
  version: number
  activeMembers: number
}

export function Units(props: { units: UnitRow[]; onChanged: () => void }) {
  const [renaming, setRenaming] = createSignal<string>()
  const [name, setName] = createSignal('')
  const [problem, setProblem] = createSignal<string>()

  async function update(unit: UnitRow, change: { name?: string; retired?: boolean }) {
    setProblem(undefined)
    const sent = await sendOnline(
      OfficeUpdateUnit,
      {
        input: { clientMutationId: uuidv7(), id: unit.uuid, version: unit.version, ...change },
      },
      t('office.people.online'),
    )
    if (!sent.ok) return setProblem(sent.message)
    setRenaming(undefined)
    props.onChanged()
  }

  return (
    <section class="office-units" data-testid="units">
      <h2>{t('office.units.title')}</h2>
      <FormError message={problem()} />
      <table class="office-table">
        <tbody>
          <For each={props.units}>
            {(unit) => (
              <tr classList={{ inactive: Boolean(unit.retiredAt) }} data-testid="unit-row">
                <td>
                  <Show when={renaming() === unit.uuid} fallback={<strong>{unit.name}</strong>}>
                    <input
                      aria-label={t('office.unit.name')}
                      value={name()}
                      onInput={(event) => setName(event.currentTarget.value)}
                    />
                  </Show>
                  <span class="muted">
                    {unit.code} · {unitKindLabel(unit.kind)}
                  </span>
                </td>
                <td class="muted">
                  {unit.retiredAt
                    ? t('office.units.retired')
                    : t('office.units.members', { count: unit.activeMembers })}
                </td>
                <td class="office-actions">
                  <Show
                    when={renaming() === unit.uuid}
                    fallback={
                      <button
                        type="button"
                        onClick={() => {
                          setName(unit.name)
                          setRenaming(unit.uuid)
                        }}
                      >
                        {t('office.units.rename')}
                      </button>
                    }
                  >
                    <button type="button" onClick={() => void update(unit, { name: name() })}>
                      {t('office.units.save')}
                    </button>
                  </Show>
                  <button type="button" onClick={() => void update(unit, { retired: !unit.retiredAt })}>
                    {unit.retiredAt ? t('office.people.restore') : t('office.units.retire')}
                  </button>
                </td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </section>
  )
}
