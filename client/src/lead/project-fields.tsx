// The lead form's project fields, shared by 新线索 and 为该人才新建项目: where the lead came from (the source
// chosen last is remembered on this phone), and the project's title and a note.
import { For } from 'solid-js'
import type { SourceChannel } from '../graphql.ts'
import { sourceChannels, sourceLabel } from '../labels.ts'
import { t } from '../i18n/index.ts'
import { Field } from '../components/field.tsx'

const lastChannelKey = 'tp.lastSourceChannel'

/** The source this phone's user chose last, to start the next form with. */
export function savedChannel(): SourceChannel | '' {
  const saved = localStorage.getItem(lastChannelKey)
  return sourceChannels.find((channel) => channel === saved) ?? ''
}

export function rememberChannel(channel: SourceChannel | ''): void {
  if (channel) localStorage.setItem(lastChannelKey, channel)
}

type Problem = (name: 'sourceChannel' | 'title' | 'note') => string | undefined
type Bound = {
  id: string
  name: string
  value: string
  'aria-invalid': boolean
  onInput: (event: InputEvent & { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => void
}

export function SourceChannelField(props: {
  idPrefix: string
  value: SourceChannel | ''
  onChange: (channel: SourceChannel) => void
  error: Problem
}) {
  const id = () => `${props.idPrefix}-sourceChannel`
  return (
    <Field label={t('lead.sourceChannel')} for={id()} required error={props.error('sourceChannel')}>
      <select
        id={id()}
        name="sourceChannel"
        aria-invalid={Boolean(props.error('sourceChannel'))}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value as SourceChannel)}
      >
        <option value="">{t('lead.sourceChannelPlaceholder')}</option>
        <For each={sourceChannels}>{(channel) => <option value={channel}>{sourceLabel(channel)}</option>}</For>
      </select>
    </Field>
  )
}

/** The project's title (named after the talent when left empty) and a note. */
export function ProjectTitleFields(props: {
  idPrefix: string
  bind: (name: 'title' | 'note') => Bound
  error: Problem
}) {
  return (
    <>
      <Field
        label={t('lead.projectTitle')}
        for={`${props.idPrefix}-title`}
        hint={t('lead.projectTitleHint')}
        error={props.error('title')}
      >
        <input {...props.bind('title')} autocomplete="off" />
      </Field>
      <Field label={t('lead.note')} for={`${props.idPrefix}-note`} error={props.error('note')}>
        <textarea {...props.bind('note')} rows="3" />
      </Field>
    </>
  )
}
