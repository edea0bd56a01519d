// 落后清单: the units' indicators whose completion is below the share of the year gone (季督's list).
import { createMemo, For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { percent } from './format.ts'
import type { UnitScore } from './data.ts'
import { yearQuery } from './year-picker.tsx'

export function Lagging(props: { units: UnitScore[]; elapsedShare: number; year: number }) {
  // One card per unit, its lagging indicators on one line: the list stays short enough to read on a phone.
  const items = createMemo(() =>
    [...props.units]
      .sort((a, b) => a.rankOverall - b.rankOverall)
      .map((unit) => ({
        unit,
        indicators: unit.indicators.filter((indicator) => indicator.assessed && indicator.lagging),
      }))
      .filter((item) => item.indicators.length > 0),
  )
  return (
    <section class="leader-section" aria-labelledby="lagging-title">
      <h2 id="lagging-title" class="section-title">
        {t('leader.lagging.title', { share: percent(props.elapsedShare) })}
      </h2>
      <Show when={items().length > 0} fallback={<p class="empty">{t('leader.lagging.none')}</p>}>
        <ul class="cards" data-testid="lagging">
          <For each={items()}>
            {(item) => (
              <li class="card lagging-item">
                <A class="card-link" href={`/dashboard/units/${item.unit.unit.uuid}${yearQuery(props.year)}`}>
                  <span class="card-title">
                    {t('leader.lagging.unit', { unit: item.unit.unit.name, count: item.indicators.length })}
                  </span>
                  <span class="card-meta">
                    {item.indicators
                      .map((indicator) =>
                        t('leader.lagging.item', {
                          indicator: indicator.name,
                          completion: percent(indicator.completion),
                        }),
                      )
                      .join('；')}
                  </span>
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </section>
  )
}
