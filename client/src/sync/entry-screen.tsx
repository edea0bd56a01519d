// /sync/:seq — one refused write: correct its fields and send it again, or settle a conflict field by field.
import { Match, Switch } from 'solid-js'
import { A, useParams } from '@solidjs/router'
import { outboxEntries } from '../outbox/index.ts'
import { t } from '../i18n/index.ts'
import { AppHeader } from '../shell/app-header.tsx'
import { currentOf } from './conflict.ts'
import { EntryForm } from './entry-form.tsx'
import { ConflictForm } from './conflict-form.tsx'
import './sync.css'

export default function EntryScreen() {
  const params = useParams<{ seq: string }>()
  const entry = () => outboxEntries().find((candidate) => String(candidate.seq) === params.seq)
  return (
    <div class="screen">
      <Switch>
        <Match when={entry() && currentOf(entry()!)}>
          <AppHeader title={t('sync.conflict.title')} />
          <ConflictForm entry={entry()!} />
        </Match>
        <Match when={entry()}>
          <AppHeader title={t('sync.correct.title')} />
          <EntryForm entry={entry()!} />
        </Match>
        <Match when={!entry()}>
          <AppHeader title={t('sync.screen.title')} />
          <main class="content">
            <p class="empty">{t('sync.correct.gone')}</p>
            <A href="/sync" class="button button-block">
              {t('sync.correct.back')}
            </A>
          </main>
        </Match>
      </Switch>
    </div>
  )
}
