// /office/disputes (重复人才与归属): the records that look like one person, merged side by side, and any
// project's credit moved or split between units. Both need the server at once, and both are audited.
import { createSignal, For, Show } from 'solid-js'
import { t, type MessageKey } from '../../i18n/index.ts'
import { readFragment } from '../../graphql.ts'
import { AppHeader } from '../../shell/app-header.tsx'
import { createRead } from '../../urql/read.ts'
import { DuplicatePairsQuery, PairTalentFields } from './documents.ts'
import { MergePair } from './merge-pair.tsx'
import { CreditSettling } from './credit.tsx'
import '../office.css'

function Duplicates() {
  const pairs = createRead(DuplicatePairsQuery, { requestPolicy: 'network-only' })
  const [open, setOpen] = createSignal<number>()
  const [done, setDone] = createSignal<string>()
  const list = () => pairs.data()?.talentDuplicatePairs ?? []
  return (
    <section aria-labelledby="disputes-pairs" data-testid="duplicate-pairs">
      <h2 id="disputes-pairs">{t('office.disputes.pairs')}</h2>
      <Show when={done()}>{(message) => <p role="status">{message()}</p>}</Show>
      <Show when={pairs.failed()}>{(message) => <p class="form-error">{message()}</p>}</Show>
      <Show when={!pairs.loading() && list().length === 0}>
        <p class="card-meta">{t('office.disputes.noPairs')}</p>
      </Show>
      <table class="office-table">
        <tbody>
          <For each={list()}>
            {(pair, index) => {
              const [first, second] = [
                readFragment(PairTalentFields, pair.first),
                readFragment(PairTalentFields, pair.second),
              ]
              return (
                <>
                  <tr data-testid="duplicate-pair">
                    <td>
                      <strong>{t('office.disputes.pair', { first: first.name, second: second.name })}</strong>
                      <span class="muted">{t(`office.disputes.reason.${pair.reason}` as MessageKey)}</span>
                    </td>
                    <td class="office-actions">
                      <button type="button" onClick={() => setOpen(open() === index() ? undefined : index())}>
                        {t('office.disputes.compare')}
                      </button>
                    </td>
                  </tr>
                  <Show when={open() === index()}>
                    <tr>
                      <td colSpan={2}>
                        <MergePair
                          first={pair.first}
                          second={pair.second}
                          onCancel={() => setOpen(undefined)}
                          onDone={(message) => {
                            setOpen(undefined)
                            setDone(message)
                            pairs.refetch({ requestPolicy: 'network-only' })
                          }}
                        />
                      </td>
                    </tr>
                  </Show>
                </>
              )
            }}
          </For>
        </tbody>
      </table>
    </section>
  )
}

export default function DisputesRoute() {
  return (
    <div class="screen">
      <AppHeader title={t('office.disputes.title')} />
      <main class="content office" data-testid="office-disputes">
        <Duplicates />
        <CreditSettling />
      </main>
    </div>
  )
}
