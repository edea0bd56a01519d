// One project in "my leads": stage chip, 三色 light, talent, and a tap into the project.
import { Show } from 'solid-js'
import { A } from '@solidjs/router'
import { graphql, readFragment, type FragmentOf } from '../graphql.ts'
import { stageLabel, statusLabel } from '../labels.ts'
import { shortDate } from '../format.ts'
import { t } from '../i18n/index.ts'
import { fullDate } from './dates.ts'
import { LightDot } from './light-dot.tsx'

export const LeadCardFragment = graphql(`
  fragment StaffLeadCard on Project {
    id
    uuid
    title
    stage
    status
    light
    nextFollowUpAt
    createdAt
    talent { id name employer }
    owner { id name }
  }
`)

export function LeadCard(props: { project: FragmentOf<typeof LeadCardFragment> }) {
  const project = () => readFragment(LeadCardFragment, props.project)
  return (
    <li class="card card-link" data-testid="project-card">
      <A href={`/projects/${project().uuid}`} class="card-anchor">
        <div class="card-head">
          <h3 class="card-title">
            <Show when={project().status === 'ACTIVE'}>
              <LightDot light={project().light} />{' '}
            </Show>
            {project().title}
          </h3>
          <span class={`stage stage-${project().stage.toLowerCase()}`}>{stageLabel(project().stage)}</span>
        </div>
        <p class="card-line">
          <strong>{project().talent.name}</strong>
          {project().talent.employer ? <span> · {project().talent.employer}</span> : null}
        </p>
        <p class="card-meta">
          <time datetime={project().createdAt}>{shortDate(project().createdAt)}</time>
          {project().owner ? <span> · {project().owner?.name}</span> : null}
          {project().status !== 'ACTIVE' ? <span class="status"> · {statusLabel(project().status)}</span> : null}
          <Show when={project().status === 'ACTIVE' && project().nextFollowUpAt}>
            {(next) => <span> · {t('staff.today.nextFollowUp', { date: fullDate(next()) })}</span>}
          </Show>
        </p>
      </A>
    </li>
  )
}
