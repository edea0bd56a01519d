// /dashboard/units/:unitId/indicators/:indicatorId: the records behind one number (计入明细), newest first,
// each project linking to its page. Records of another unit's project the user may not open are named so.
import { createMemo, For, Match, Show, Switch } from 'solid-js'
import { A } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { user } from '../session/session.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { BackLink } from '../staff/back-link.tsx'
import { stageLabel } from '../labels.ts'
import { countyDate } from '../staff/dates.ts'
import { createRead, createScores, unitUuidOf } from './data.ts'
import { num } from './format.ts'
import { AssessmentBreakdownQuery } from './queries.ts'
import { createYear, yearQuery } from './year-picker.tsx'
import { OfflineNote, ScreenState } from './screen-state.tsx'
import './leader.css'

export default function IndicatorRoute(params: { unitId: string; indicatorId: string }) {
  const { year } = createYear()
  const unitUuid = () => unitUuidOf(params.unitId, user()?.unit.id) ?? ''
  const scores = createScores(year)
  const unit = createMemo(() => scores.scores()?.units.find((candidate) => candidate.unit.uuid === unitUuid()))
  const indicator = createMemo(() =>
    unit()?.indicators.find((candidate) => candidate.indicatorUuid === params.indicatorId),
  )
  const read = createRead(AssessmentBreakdownQuery, {
    variables: () => ({ year: year(), unitId: unitUuid(), indicatorId: params.indicatorId }),
  })
  const items = () => read.data()?.assessmentBreakdown ?? []

  return (
    <div class="screen">
      <AppHeader title={t('leader.indicator.title')} />
      <main class="content leader" data-testid="indicator-screen">
        <div class="leader-toolbar">
          <BackLink fallback={`/dashboard/units/${params.unitId}${yearQuery(year())}`} />
        </div>
        <Show when={unit() && indicator()}>
          <h2 class="section-title" data-testid="indicator-heading">
            {t('leader.indicator.heading', { unit: unit()!.unit.name, indicator: indicator()!.name })}
          </h2>
          <p class="card-meta">
            {t('leader.unit.actual')} {num(indicator()!.actual)} / {t('leader.unit.target')} {num(indicator()!.target)}
          </p>
        </Show>
        <OfflineNote shown={Boolean(read.data())} />
        <ScreenState read={read}>
          <Show when={items().length > 0} fallback={<p class="empty">{t('leader.indicator.empty')}</p>}>
            <p class="card-meta">{t('leader.indicator.counted', { count: items().length })}</p>
            <ul class="cards" data-testid="breakdown">
              <For each={items()}>
                {(item) => (
                  <li class="card" data-testid="breakdown-item">
                    <Switch>
                      <Match when={item.project}>
                        {(project) => (
                          <A class="card-link" href={`/projects/${project().uuid}`}>
                            <span class="card-head">
                              <span class="card-title">{project().title}</span>
                              <span class={`stage stage-${project().stage.toLowerCase()}`}>
                                {stageLabel(project().stage)}
                              </span>
                            </span>
                            <span class="card-meta">
                              {project().talent.name} · {countyDate(item.at)} ·{' '}
                              {t('leader.indicator.amount', { amount: num(item.amount) })}
                            </span>
                          </A>
                        )}
                      </Match>
                      <Match when={item.projectUuid}>
                        <p class="card-title">{t('leader.indicator.hidden')}</p>
                        <p class="card-meta">
                          {countyDate(item.at)} · {t('leader.indicator.amount', { amount: num(item.amount) })}
                        </p>
                      </Match>
                      <Match when={true}>
                        <p class="card-title">{t('leader.indicator.noProject')}</p>
                        <p class="card-meta">
                          {countyDate(item.at)} · {t('leader.indicator.amount', { amount: num(item.amount) })}
                        </p>
                      </Match>
                    </Switch>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        </ScreenState>
      </main>
    </div>
  )
}
