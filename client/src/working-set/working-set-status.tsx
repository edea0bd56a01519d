// On 同步, under 离线使用: how many of the user's projects open offline and when they were last brought up to
// date, the refresh under way, and a button to refresh now (the only way on Data Saver).
import { createSignal, Show } from 'solid-js'
import { online } from '../network.ts'
import { t } from '../i18n/index.ts'
import { countyParts, shortDate } from '../format.ts'
import { workingSetState } from './state.ts'
import { refreshWorkingSet } from './refresh.ts'
import { savingData } from './background.ts'

function when(time: number): string {
  return `${shortDate(new Date(time).toISOString())} ${countyParts(new Date(time)).time}`
}

export function WorkingSetStatus() {
  const [busy, setBusy] = createSignal(false)
  const state = workingSetState
  const held = () => {
    const current = state()
    return current ? current.ids.length - current.pending.length : 0
  }
  async function refreshNow() {
    setBusy(true)
    await refreshWorkingSet({ full: true }).finally(() => setBusy(false))
  }
  return (
    <div class="working-set" data-testid="working-set-status">
      <Show when={state()} fallback={<p>{t('sync.workingSet.none')}</p>}>
        {(current) => (
          <>
            <p>
              <Show
                when={current().doneAt}
                fallback={t('sync.workingSet.saving', { held: held(), total: current().ids.length })}
              >
                {(doneAt) => t('sync.workingSet.held', { count: held(), time: when(doneAt()) })}
              </Show>
            </p>
            <Show when={current().truncated}>
              <p class="muted">{t('sync.workingSet.truncated', { count: current().ids.length })}</p>
            </Show>
          </>
        )}
      </Show>
      <Show when={savingData()}>
        <p class="muted">{t('sync.workingSet.saveData')}</p>
      </Show>
      <button
        type="button"
        class="button button-small"
        disabled={busy() || !online()}
        onClick={() => void refreshNow()}
        data-testid="working-set-refresh"
      >
        {busy() ? t('sync.workingSet.refreshing') : t('sync.workingSet.refresh')}
      </button>
    </div>
  )
}
