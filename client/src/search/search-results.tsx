// One talent or one project found by 搜索; each leads to the project's page, and a talent to a new project of
// theirs (为该人才新建项目) for whoever may open one.
import { For, Show } from 'solid-js'
import { A } from '@solidjs/router'
import type { ResultOf } from '../graphql.ts'
import { stageLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { user } from '../session/session.ts'
import { newProjectPath, projectOpeners } from '../staff/new-project-data.ts'
import type { SearchProjectsQuery, SearchTalentsQuery } from './search-queries.ts'

type Talent = ResultOf<typeof SearchTalentsQuery>['talents']['edges'][number]['node']
type Project = ResultOf<typeof SearchProjectsQuery>['projects']['edges'][number]['node']

export function TalentResult(props: { talent: Talent }) {
  return (
    <li class="card" data-testid="talent-result">
      <div class="card-head">
        <h3 class="card-title">{props.talent.name}</h3>
        <Show when={props.talent.talentClass !== 'NONE'}>
          <span class="stage">{t('sync.search.talentClass', { class: props.talent.talentClass })}</span>
        </Show>
      </div>
      <p class="card-meta">
        {[props.talent.employer, props.talent.field, props.talent.phone].filter(Boolean).join(' · ')}
      </p>
      <Show when={props.talent.projects.length} fallback={<p class="card-meta">{t('sync.search.noProjects')}</p>}>
        <ul class="talent-projects">
          <For each={props.talent.projects}>
            {(project) => (
              <li>
                <A href={`/projects/${project.uuid}`} class="result-link">
                  {project.title} · {stageLabel(project.stage)}
                </A>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={projectOpeners.has(user()?.role ?? '') && !props.talent.consentWithdrawnAt}>
        <A href={newProjectPath(props.talent.uuid)} class="button button-small" data-testid="talent-new-project">
          {t('staff.newProject.action')}
        </A>
      </Show>
    </li>
  )
}

export function ProjectResult(props: { project: Project }) {
  return (
    <li class="card" data-testid="project-result">
      <A href={`/projects/${props.project.uuid}`} class="result-link result-card-link">
        <span class="card-head">
          <span class="card-title">{props.project.title}</span>
          <span class={`stage stage-${props.project.stage.toLowerCase()}`}>{stageLabel(props.project.stage)}</span>
        </span>
        <span class="card-meta">
          {[props.project.talent.name, props.project.unit.name, props.project.owner?.name].filter(Boolean).join(' · ')}
        </span>
      </A>
    </li>
  )
}
