// /office/assessment/targets: every assessed unit's targets, one row per unit, one column per indicator; one
// unit's set in a form, or the whole table by Excel (targets-import.tsx). Online only.
import { createSignal, For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { t } from '../../i18n/index.ts'
import { AppHeader } from '../../shell/app-header.tsx'
import { LoadFailed, SavedNote, Splash } from '../../shell/read-state.tsx'
import { createRead } from '../../urql/read.ts'
import { OfficeScheme } from './documents.ts'
import { assessedKinds, kindLabel, num, schemeOf, type Indicator, type Scheme, type Unit } from './scheme-data.ts'
import { createYear, YearPicker } from './year.tsx'
import { UnitTargets } from './unit-targets.tsx'
import { TargetsImport } from './targets-import.tsx'
import '../office.css'
import './assessment.css'

const kindOrder = ['PARK', 'TOWN', 'DEPARTMENT']

export default function TargetsRoute() {
  const { year, setYear } = createYear()
  const read = createRead(OfficeScheme, { variables: () => ({ year: year() }), requestPolicy: 'cache-and-network' })
  const refresh = () => read.refetch({ requestPolicy: 'network-only' })
  return (
    <div class="screen">
      <AppHeader title={t('office.targets.title')} />
      <main class="content office office-wide" data-testid="assessment-targets">
        <div class="office-filters">
          <YearPicker year={year()} onChange={setYear} />
          <A href={`/office/assessment?year=${year()}`} class="button">
            {t('office.assessment.toScheme')}
          </A>
        </div>
        <SavedNote shown={Boolean(read.data())} text={t('office.assessment.online')} />
        <LoadFailed read={read} say={(message) => t('office.assessment.loadFailed', { message })} />
        <Show when={!read.loading()} fallback={<Splash />}>
          <Show when={schemeOf(read.data())} fallback={<p>{t('office.assessment.none', { year: year() })}</p>}>
            {(scheme) => (
              <>
                <TargetsTable scheme={scheme()} units={read.data()?.units ?? []} onChanged={refresh} />
                <TargetsImport schemeId={scheme().uuid} onImported={refresh} />
              </>
            )}
          </Show>
        </Show>
      </main>
    </div>
  )
}

const assesses = (indicator: Indicator, unit: Unit) => indicator.unitKinds.includes(unit.kind)

function TargetsTable(props: { scheme: Scheme; units: Unit[]; onChanged: () => void }) {
  const [kind, setKind] = createSignal('')
  const [byName, setByName] = createSignal(false)
  const [editing, setEditing] = createSignal<string | null>(null)
  const rows = () =>
    props.units
      .filter((unit) => !unit.retiredAt && props.scheme.indicators.some((indicator) => assesses(indicator, unit)))
      .filter((unit) => !kind() || unit.kind === kind())
      .sort((a, b) =>
        byName()
          ? a.name.localeCompare(b.name, 'zh-CN')
          : kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || a.code.localeCompare(b.code),
      )
  const cell = (indicator: Indicator, unit: Unit) => {
    if (!assesses(indicator, unit)) return t('office.targets.notAssessed')
    const target = indicator.targets.find((item) => item.unit.uuid === unit.uuid)
    return target ? num(target.value) : t('office.targets.unset')
  }
  const editedUnit = () => props.units.find((unit) => unit.uuid === editing())

  return (
    <section data-testid="targets-table">
      <p class="card-meta">{t('office.targets.hint')}</p>
      <Show when={props.scheme.indicators.length} fallback={<p>{t('office.targets.noIndicators')}</p>}>
        <div class="office-filters">
          <label class="office-inline">
            <span>{t('office.targets.kind')}</span>
            <select value={kind()} onChange={(event) => setKind(event.currentTarget.value)}>
              <option value="">{t('office.targets.allKinds')}</option>
              <For each={assessedKinds}>{(choice) => <option value={choice}>{kindLabel(choice)}</option>}</For>
            </select>
          </label>
          <label class="office-choice">
            <input type="checkbox" checked={byName()} onChange={(event) => setByName(event.currentTarget.checked)} />
            {t('office.targets.sortByName')}
          </label>
        </div>
        <div class="office-scroll">
          <table class="office-table office-grid-table">
            <thead>
              <tr>
                <th scope="col">{t('office.targets.unit')}</th>
                <For each={props.scheme.indicators}>
                  {(indicator) => (
                    <th scope="col" title={indicator.note ?? undefined}>
                      {indicator.name}
                      <span class="muted">
                        {indicator.code} · {num(indicator.weight)}
                      </span>
                    </th>
                  )}
                </For>
                <th scope="col">{t('office.assessment.actions')}</th>
              </tr>
            </thead>
            <tbody>
              <For each={rows()}>
                {(unit) => (
                  <tr data-testid="target-row" data-unit={unit.name}>
                    <th scope="row">{unit.name}</th>
                    <For each={props.scheme.indicators}>
                      {(indicator) => <td class="number">{cell(indicator, unit)}</td>}
                    </For>
                    <td>
                      <button type="button" onClick={() => setEditing(unit.uuid)}>
                        {t('office.targets.edit')}
                      </button>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
        <Show when={editedUnit()} keyed>
          {(unit) => (
            <UnitTargets
              scheme={props.scheme}
              unit={unit}
              onDone={(changed) => {
                setEditing(null)
                if (changed) props.onChanged()
              }}
            />
          )}
        </Show>
      </Show>
    </section>
  )
}
