// Changing a round: its name (the applications filed in it take the new name as their batch) or its closing
// date, cleared for none. Online, like everything on /programs; a round changed meanwhile is a CONFLICT, said
// in the server's words.
import { createSignal } from 'solid-js'
import { uuidv7 } from 'uuidv7'
import { t } from '../../i18n/index.ts'
import { FormError } from '../../components/form-error.tsx'
import { sendOnline } from '../../urql/send-online.ts'
import { OfficeUpdateRound } from './documents.ts'
import type { Program, Round } from './program-filters.ts'

export function RoundEdit(props: { program: Program; round: Round; onDone: (saved: boolean) => void }) {
  const [name, setName] = createSignal(props.round.name)
  const [closesOn, setClosesOn] = createSignal(props.round.closesOn ? String(props.round.closesOn) : '')
  const [problem, setProblem] = createSignal<string>()

  async function save(event: SubmitEvent) {
    event.preventDefault()
    const before = props.round.closesOn ? String(props.round.closesOn) : ''
    const changes = {
      ...(name().trim() !== props.round.name ? { name: name().trim() } : {}),
      ...(closesOn() !== before ? { closesOn: closesOn() || null } : {}),
    }
    if (!Object.keys(changes).length) return props.onDone(false)
    const input = { clientMutationId: uuidv7(), id: props.round.uuid, version: props.round.version, ...changes }
    const sent = await sendOnline(OfficeUpdateRound, { input }, t('office.programs.online'))
    if (!sent.ok) return setProblem(sent.message)
    props.onDone(true)
  }

  const id = (field: string) => `round-${props.round.uuid}-${field}`
  const title = () =>
    t('office.programs.editRoundOf', {
      program: props.program.name,
      round: t('office.programs.round', { year: props.round.year, name: props.round.name }),
    })
  return (
    <form class="round-edit" onSubmit={(event) => void save(event)} aria-label={title()} data-testid="round-edit">
      <label for={id('name')}>{t('office.programs.roundName')}</label>
      <input id={id('name')} value={name()} maxLength={30} onInput={(event) => setName(event.currentTarget.value)} />
      <label for={id('closes')}>{t('office.programs.closesOn')}</label>
      <input
        id={id('closes')}
        type="date"
        value={closesOn()}
        onInput={(event) => setClosesOn(event.currentTarget.value)}
      />
      <FormError message={problem()} />
      <div class="office-actions">
        <button type="submit" class="button button-small button-primary">
          {t('office.programs.saveRound')}
        </button>
        <button type="button" class="button button-small" onClick={() => props.onDone(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
