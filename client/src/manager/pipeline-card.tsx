// A project on the board: talent, title, owner and its 三色 light; "移动到…", "负责人" and, once signed, its
// support requests, at thumb size. The card itself can be dragged (see drag.ts).
import { Show } from 'solid-js'
import { A } from '@solidjs/router'
import { t } from '../i18n/index.ts'
import { stages } from '../labels.ts'
import { LightDot } from '../staff/light-dot.tsx'
import type { BoardProject } from './board.ts'

export function PipelineCard(props: {
  project: BoardProject
  dragging: boolean
  onPointerDown: (event: PointerEvent) => void
  onMove: () => void
}) {
  return (
    <li
      class="card pipeline-card"
      classList={{
        'card-pending': props.project.unsynced,
        'card-failed': props.project.failed,
        'pipeline-card-dragging': props.dragging,
      }}
      data-testid="pipeline-card"
      data-project={props.project.uuid}
      onPointerDown={(event) => props.onPointerDown(event)}
      onContextMenu={(event) => event.preventDefault()}
    >
      <div class="card-head">
        <A href={`/projects/${props.project.uuid}`} class="pipeline-title" draggable={false}>
          <strong>{props.project.talent.name}</strong>
          <span>{props.project.title}</span>
        </A>
        <LightDot light={props.project.light} />
      </div>
      <p class="card-meta">
        {props.project.owner
          ? t('manager.pipeline.owner', { name: props.project.owner.name })
          : t('manager.pipeline.noOwner')}
        <Show when={props.project.unsynced}>
          {' '}
          <span class={props.project.failed ? 'tag tag-failed' : 'tag tag-unsynced'}>
            {props.project.failed ? t('projects.syncFailed') : t('projects.unsynced')}
          </span>
        </Show>
      </p>
      <div class="pipeline-actions">
        <button
          type="button"
          class="button button-small"
          aria-haspopup="dialog"
          aria-label={t('manager.pipeline.moveToLabel', { title: props.project.title })}
          onClick={() => props.onMove()}
        >
          {t('manager.pipeline.moveTo')}
        </button>
        <A
          href={`/projects/${props.project.uuid}/owner`}
          class="button button-small"
          aria-label={t('manager.pipeline.assignOwnerLabel', { title: props.project.title })}
          draggable={false}
        >
          {t('manager.pipeline.assignOwner')}
        </A>
        <Show when={stages.indexOf(props.project.stage) >= stages.indexOf('SIGNED')}>
          <A
            href={`/requests?projectId=${props.project.uuid}`}
            class="button button-small"
            aria-label={t('manager.pipeline.requestsLabel', { title: props.project.title })}
            draggable={false}
          >
            {t('manager.pipeline.requests')}
          </A>
        </Show>
      </div>
    </li>
  )
}
