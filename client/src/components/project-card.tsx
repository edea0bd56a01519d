import { graphql, readFragment, type FragmentOf } from '../graphql.ts'
import { stageLabel, statusLabel } from '../labels.ts'
import { shortDate } from '../format.ts'

export const ProjectCardFragment = graphql(`
  fragment ProjectCard on Project {
    id
    uuid
    title
    stage
    status
    sourceChannel
    createdAt
    talent { id name employer field phone phoneMasked }
    unit { id name }
    owner { id name }
  }
`)

export function ProjectCard(props: { project: FragmentOf<typeof ProjectCardFragment> }) {
  const project = () => readFragment(ProjectCardFragment, props.project)
  return (
    <li class="card" data-testid="project-card">
      <div class="card-head">
        <h3 class="card-title">{project().title}</h3>
        <span class={`stage stage-${project().stage.toLowerCase()}`}>{stageLabel(project().stage)}</span>
      </div>
      <p class="card-line">
        <strong>{project().talent.name}</strong>
        {project().talent.employer ? <span> · {project().talent.employer}</span> : null}
      </p>
      <p class="card-meta">
        <time datetime={project().createdAt}>{shortDate(project().createdAt)}</time>
        <span> · {project().unit.name}</span>
        {project().owner ? <span> · {project().owner?.name}</span> : null}
        {project().status !== 'ACTIVE' ? <span class="status"> · {statusLabel(project().status)}</span> : null}
      </p>
    </li>
  )
}
