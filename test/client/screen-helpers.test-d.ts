// The screens' shared helpers keep the schema's and the outbox's types, checked by `pnpm typecheck` (tsc on
// test/client), not run by vitest: a read asks for its query's variables exactly when the query has a required
// one, and a form queues nothing but the registry's writes.
import { createRead } from '../../client/src/urql/read.ts'
import { createOutboxForm } from '../../client/src/components/outbox-form.ts'
import { MeQuery } from '../../client/src/session/session.ts'
import { ProjectQuery } from '../../client/src/staff/project-query.ts'
import { logActivityWrite } from '../../client/src/staff/project-writes.ts'

export function reads() {
  createRead(MeQuery)
  createRead(ProjectQuery, { variables: () => ({ id: 'UHJvamVjdDox' }) })
  // @ts-expect-error the project's id is a required variable
  createRead(ProjectQuery)
  // @ts-expect-error a variable the query does not have
  createRead(ProjectQuery, { variables: () => ({ nodeId: 'UHJvamVjdDox' }) })
}

export function forms() {
  const form = createOutboxForm({
    fields: { summary: '', followers: new Set<string>() },
    idPrefix: 'follow-up',
    writes: (fields, me) =>
      logActivityWrite(
        'project-1',
        { kind: 'CALL', occurredAt: '2026-11-24T02:00:00Z', summary: fields.summary },
        me.id,
      ),
    onQueued: () => {},
  })
  form.bind('summary')
  // @ts-expect-error a set of people is not text an input edits
  form.bind('followers')

  createOutboxForm({
    fields: { summary: '' },
    // @ts-expect-error a write the registry does not describe is never queued
    writes: (fields, me) => ({ id: 'w-1', operation: 'logActivity', variables: { input: fields }, ownerId: me.id }),
    onQueued: () => {},
  })
}
