// Editing an application's note, and its batch when it was filed before rounds existed (in a round the batch is
// the round's name, which the office changes on /programs). Queued in the outbox like the moves, on the version
// the row shows plus the user's own writes of it still waiting, and shown at once, marked 未同步.
import { createSignal, Show } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { readFragment, type FragmentOf, type ResultOf } from '../../graphql.ts'
import { enqueueWrite, outboxEntries } from '../../outbox/index.ts'
import { isWrite, nextVersion } from '../../outbox/overlay.ts'
import { outboxWrite } from '../../outbox/write.ts'
import { user } from '../../session/session.ts'
import { t } from '../../i18n/index.ts'
import { ApplicationRowFragment } from './writes.ts'

type Row = ResultOf<typeof ApplicationRowFragment>

/** The batch and note the user's waiting edits of `uuid` leave, if any wait. */
export function queuedEdit(uuid: string): { batch?: string | null; note?: string | null } | null {
  let edit: { batch?: string | null; note?: string | null } | null = null
  for (const entry of outboxEntries()) {
    if (!isWrite(entry, 'updateProgramApplication') || entry.variables.input.id !== uuid) continue
    const { batch, note } = entry.variables.input
    edit = { ...(edit ?? {}), ...(batch !== undefined ? { batch } : {}), ...(note !== undefined ? { note } : {}) }
  }
  return edit
}

/** The row's batch and note as the user will see them once their edits are sent. */
export function shownValues(row: Row) {
  const edit = queuedEdit(row.uuid)
  return {
    batch: edit && 'batch' in edit ? (edit.batch ?? null) : row.batch,
    note: edit && 'note' in edit ? (edit.note ?? null) : row.note,
    queued: Boolean(edit),
  }
}

export function ApplicationEdit(props: { row: FragmentOf<typeof ApplicationRowFragment>; onDone: () => void }) {
  const row = () => readFragment(ApplicationRowFragment, props.row)
  const shown = shownValues(row())
  const [batch, setBatch] = createSignal(shown.batch ?? '')
  const [note, setNote] = createSignal(shown.note ?? '')

  async function save(event: SubmitEvent) {
    event.preventDefault()
    const me = user()
    if (!me) return
    const changes = {
      ...(!row().round && batch().trim() !== (shown.batch ?? '') ? { batch: batch().trim() || null } : {}),
      ...(note().trim() !== (shown.note ?? '') ? { note: note().trim() || null } : {}),
    }
    if (Object.keys(changes).length) {
      const version = nextVersion(row().uuid, row().version, outboxEntries())
      const input = { clientMutationId: uuidv7(), id: row().uuid, version, ...changes }
      await enqueueWrite(outboxWrite('updateProgramApplication', input, me.id))
    }
    props.onDone()
  }

  const id = (field: string) => `application-${row().uuid}-${field}`
  return (
    <form class="application-edit" onSubmit={(event) => void save(event)} data-testid="application-edit">
      <Show when={!row().round}>
        <label for={id('batch')}>{t('manager.applications.batch')}</label>
        <input id={id('batch')} value={batch()} maxLength={30} onInput={(e) => setBatch(e.currentTarget.value)} />
      </Show>
      <label for={id('note')}>{t('manager.applications.note')}</label>
      <textarea
        id={id('note')}
        rows="2"
        maxLength={1000}
        value={note()}
        onInput={(e) => setNote(e.currentTarget.value)}
      />
      <div class="office-actions">
        <button type="submit" class="button button-small button-primary">
          {t('manager.applications.saveEdit')}
        </button>
        <button type="button" class="button button-small" onClick={() => props.onDone()}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
