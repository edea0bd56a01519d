// One application in the list: its talent, program and round (or batch), note, status (the queued one, marked
// 未同步, while the move waits in the outbox) and the moves the status allows. Moving back asks for a reason
// first; 修改 edits the note (and the batch of one filed before rounds, application-edit.tsx).
import { createSignal, For, Show } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { readFragment, type FragmentOf } from '../../graphql.ts'
import { enqueueWrite, outboxEntries } from '../../outbox/index.ts'
import { isWrite, nextVersion } from '../../outbox/overlay.ts'
import { outboxWrite } from '../../outbox/write.ts'
import { user } from '../../session/session.ts'
import { t } from '../../i18n/index.ts'
import { backMove, forwardMoves, type ApplicationStatus } from './application-moves.ts'
import { ApplicationRowFragment } from './writes.ts'
import { ApplicationEdit, shownValues } from './application-edit.tsx'

export const statusLabel = (status: ApplicationStatus) => t(`manager.applications.status.${status}`)

/** The status the user's last queued move of `uuid` leaves, if one waits. */
export function queuedStatus(uuid: string): ApplicationStatus | null {
  let status: ApplicationStatus | null = null
  for (const entry of outboxEntries())
    if (isWrite(entry, 'moveProgramApplication') && entry.variables.input.id === uuid) status = entry.variables.input.to
  return status
}

export function ApplicationRow(props: { row: FragmentOf<typeof ApplicationRowFragment>; showUnit: boolean }) {
  const row = () => readFragment(ApplicationRowFragment, props.row)
  const status = () => queuedStatus(row().uuid) ?? row().status
  const [reason, setReason] = createSignal<string | null>(null)
  const [problem, setProblem] = createSignal<string>()
  const [editing, setEditing] = createSignal(false)
  const shown = () => shownValues(row())

  async function move(to: ApplicationStatus, why?: string) {
    const me = user()
    if (!me) return
    const version = nextVersion(row().uuid, row().version, outboxEntries())
    const input = { clientMutationId: uuidv7(), id: row().uuid, version, to, reason: why ?? null }
    await enqueueWrite(outboxWrite('moveProgramApplication', input, me.id))
    setReason(null)
  }

  function confirmBack(to: ApplicationStatus) {
    const why = reason()?.trim()
    if (!why) return setProblem(t('manager.applications.reasonNeeded'))
    setProblem(undefined)
    void move(to, why)
  }

  return (
    <tr data-testid="application-row">
      <td>
        <strong>{row().talent.name}</strong>
        <Show when={row().talent.employer}>{(employer) => <span class="muted">{employer()}</span>}</Show>
      </td>
      <td>
        {row().program.name}
        <span class="muted">
          {row().year} {row().round?.name ?? shown().batch ?? ''}
        </span>
        <Show when={shown().note}>
          {(note) => <span class="muted">{t('manager.applications.noteValue', { note: note() })}</span>}
        </Show>
        <Show when={shown().queued}>
          <span class="tag tag-unsynced">{t('manager.programs.unsynced')}</span>
        </Show>
      </td>
      <Show when={props.showUnit}>
        <td>{row().unit.name}</td>
      </Show>
      <td data-testid="application-status">
        {statusLabel(status())}
        <Show when={queuedStatus(row().uuid)}>
          {' '}
          <span class="tag tag-unsynced">{t('manager.programs.unsynced')}</span>
        </Show>
      </td>
      <td>
        <div class="office-actions">
          <For each={forwardMoves(status())}>
            {(to) => (
              <button type="button" class="button button-small" onClick={() => void move(to)}>
                {t('manager.applications.moveTo', { status: statusLabel(to) })}
              </button>
            )}
          </For>
          <Show when={backMove(status())}>
            {(to) => (
              <Show
                when={reason() !== null}
                fallback={
                  <button type="button" class="button button-small" onClick={() => setReason('')}>
                    {t('manager.applications.back', { status: statusLabel(to()) })}
                  </button>
                }
              >
                <input
                  aria-label={t('manager.applications.reason')}
                  placeholder={t('manager.applications.reason')}
                  value={reason() ?? ''}
                  onInput={(event) => setReason(event.currentTarget.value)}
                />
                <button type="button" class="button button-small" onClick={() => confirmBack(to())}>
                  {t('manager.applications.confirmBack')}
                </button>
              </Show>
            )}
          </Show>
          <Show when={!editing()}>
            <button type="button" class="button button-small" onClick={() => setEditing(true)}>
              {t('manager.applications.edit')}
            </button>
          </Show>
        </div>
        <Show when={editing()}>
          <ApplicationEdit row={props.row} onDone={() => setEditing(false)} />
        </Show>
        <Show when={problem()}>
          {(message) => (
            <p class="form-error" role="alert">
              {message()}
            </p>
          )}
        </Show>
      </td>
    </tr>
  )
}
