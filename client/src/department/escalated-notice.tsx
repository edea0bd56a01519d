// On the requests list, a way to the 督办 list when there is something on it: a unit the chain names learns
// that requests escalated to it without a tab of its own in the bottom bar, which is full on a phone.
import { Show } from 'solid-js'
import { A } from '@solidjs/router'
import { graphql } from '../graphql.ts'
import { createRead } from '../urql/read.ts'
import { t } from '../i18n/index.ts'
import { supervisesAll } from './escalation.ts'

const EscalatedCountQuery = graphql(`
  query EscalatedCount {
    escalatedSupportRequests(first: 20) {
      edges { node { id } }
      pageInfo { hasNextPage }
    }
  }
`)

export function EscalatedNotice() {
  const read = createRead(EscalatedCountQuery)
  const count = () => {
    const page = read.data()?.escalatedSupportRequests
    if (!page?.edges.length) return null
    return page.pageInfo.hasNextPage ? `${page.edges.length}+` : String(page.edges.length)
  }
  return (
    <Show when={count()}>
      {(shown) => (
        <A href="/escalated" class="escalated-notice" data-testid="escalated-notice">
          {t(supervisesAll() ? 'department.escalated.noticeAll' : 'department.escalated.noticeUnit', {
            count: shown(),
          })}
          <span aria-hidden="true"> ›</span>
        </A>
      )}
    </Show>
  )
}
