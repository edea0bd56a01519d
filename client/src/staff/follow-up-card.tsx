// One project in the Today list: its light, when it is due, and a tap into the project.
import { Show } from 'solid-js'
import { graphql, readFragment, type FragmentOf } from '../graphql.ts'
import { stageLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { countyDate, countyToday, daysBetween, fullDate } from './dates.ts'
import { LightDot } from './light-dot.tsx'

export const FollowUpCardFragment = graphql(`
  fragment StaffFollowUpCard on Project {
    id
    uuid
    title
    stage
    light
    nextFollowUpAt
    talent { id name employer }
  }
`)

export function FollowUpCard(props: { project: FragmentOf<typeof FollowUpCardFragment>; loggedUnsynced: boolean }) {
  const project = () => readFragment(FollowUpCardFragment, props.project)
  const late = () => {
    const next = project().nextFollowUpAt
    return next ? daysBetween(countyDate(next), countyToday()) : 0
  }
  return (
    <li class="card card-link" data-testid="follow-up-card">
      {/* A plain link: the router takes its taps all the same, and <A>'s active-route tracking, of no use on a
          card, cost each card of a long list more than the rest of the card. */}
      <a href={`/projects/${project().uuid}`} class="card-anchor">
        <div class="card-head">
          <h3 class="card-title">
            <LightDot light={project().light} /> {project().title}
          </h3>
          <span class={`stage stage-${project().stage.toLowerCase()}`}>{stageLabel(project().stage)}</span>
        </div>
        <p class="card-line">
          <strong>{project().talent.name}</strong>
          {project().talent.employer ? <span> · {project().talent.employer}</span> : null}
        </p>
        <p class="card-meta">
          <Show when={project().nextFollowUpAt}>
            {(next) => <span>{t('staff.today.nextFollowUp', { date: fullDate(next()) })}</span>}
          </Show>
          <Show when={late() > 0}>
            <span class="late"> · {t('staff.today.overdueDays', { days: late() })}</span>
          </Show>
        </p>
        <Show when={props.loggedUnsynced}>
          <p class="card-meta">
            <span class="tag tag-unsynced">{t('staff.today.loggedUnsynced')}</span>
          </p>
        </Show>
      </a>
    </li>
  )
}
