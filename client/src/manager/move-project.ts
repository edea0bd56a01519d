// One move of a project, whether chosen in the sheet or dropped on a column: refused with the reason, sent to
// the stage screen when it needs a form, or queued in the outbox at once.
import { useNavigate } from '@solidjs/router'
import type { Stage } from '../graphql.ts'
import { enqueueWrite, outbox } from '../outbox/index.ts'
import { user } from '../session/session.ts'
import { stageLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { decideMove, stageScreenHref } from './stage-moves.ts'
import { moveStageWrite } from './project-writes.ts'
import type { BoardProject } from './board.ts'

/** What to tell the user afterwards, if anything. */
export type MoveResult = { message: string } | null

export function createProjectMove() {
  const navigate = useNavigate()
  return async (project: BoardProject, to: Stage): Promise<MoveResult> => {
    const decision = decideMove(project, to)
    if (decision.kind === 'refused')
      return decision.why === 'same' ? null : { message: t(`manager.pipeline.refused.${decision.why}`) }
    if (decision.kind === 'gate') {
      navigate(stageScreenHref(project.uuid, to))
      return null
    }
    const owner = user()
    if (!owner) return null
    await enqueueWrite(moveStageWrite(project, to, owner.id, await outbox.entries(owner.id)))
    return { message: t('manager.pipeline.moved', { stage: stageLabel(to) }) }
  }
}
