// A lead the server refused because another unit follows the talent (CLAIMED), as 同步 shows it: the server's
// Chinese message and what to do, not the code; and counted as needing the user, not as waiting to be sent.
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cleanup, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import SyncScreen from '../../client/src/sync/sync-screen.tsx'
import { openOutboxDb } from '../../client/src/outbox/db.ts'
import { enqueueWrite, outbox } from '../../client/src/outbox/index.ts'
import { createLeadWrite } from '../../client/src/lead/lead-write.ts'
import { clearOutbox, outboxShows, renderAt, screen, signInOffline, staff } from './staff-harness.tsx'

const form = {
  talentName: '王芳',
  phone: '13900001234',
  employer: '',
  field: '',
  sourceChannel: 'UNIVERSITY' as const,
  title: '',
  note: '',
  dataSource: 'SELF_PROVIDED' as const,
  consentGiven: false,
}
const claimedMessage = '该人才（王*）正由西部园区跟进，不能重复立项；如有异议请联系人才办协调'

beforeAll(signInOffline)
afterEach(async () => {
  cleanup()
  await clearOutbox()
})

describe('a lead refused as claimed by another unit', () => {
  it('shows the Chinese message and what to do, and is counted as needing the user', async () => {
    const db = await openOutboxDb()
    const stored = await db.add(createLeadWrite(form, staff.id))
    await db.put({ ...stored, status: 'failed', attempts: 1, lastError: { code: 'CLAIMED', message: claimedMessage } })
    db.close()
    // Any change makes the screens read the outbox again: one queued and put aside.
    await outbox.discard((await enqueueWrite(createLeadWrite({ ...form, talentName: '临时' }, staff.id))).seq)
    await outboxShows(1)
    renderAt('/sync', {}, () => <Route path="/sync" component={SyncScreen} />)

    const entry = await screen.findByTestId('sync-entry')
    expect(within(entry).getByRole('alert').textContent).toBe(
      `${claimedMessage}这条线索不会保存到服务器，请放弃；确需由本单位跟进的，请联系人才办协调。`,
    )
    expect(entry.textContent).not.toContain('CLAIMED')
    // Correcting or resending changes nothing: discarding is the way out.
    expect(within(entry).queryByRole('link', { name: '修改后重发' })).toBeNull()
    expect(within(entry).getByRole('button', { name: '放弃' })).toBeTruthy()
    expect(screen.getByTestId('sync-summary').textContent).toContain('1 条需要您处理')
    expect(screen.getByTestId('sync-summary').textContent).not.toContain('等待发送')
  })
})
