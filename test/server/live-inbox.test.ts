// The inbox count, live: the Notice table's trigger (migration `inbox_live`) names the recipients of each
// notice made, marked read or deleted, and `inboxChanged` tells those users' streams only.
import { describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { testDatabaseKind } from '../support/database.ts'
import { liveCounty } from '../support/live-county.ts'
import { mutate } from '../support/pipeline.ts'
import { MarkNoticesRead } from '../support/notice-documents.ts'
import { notify } from '../../server/src/schema/notice/notify.ts'
import { listenToDatabase } from '../../server/src/live/listener.ts'

const world = liveCounty()

const Inbox = 'subscription { inboxChanged { ids reread } }'

/** A notice for `userId`, made the one way notices are made (as a support request's assignment makes it). */
const noticeFor = (userId: string) =>
  notify(world.db.prisma, [
    {
      userId,
      kind: 'SUPPORT_ASSIGNED',
      causeKey: `test:${uuidv7()}`,
      params: { project: '新材料中试基地', by: '东区经理', department: '人社局' },
      subject: { type: 'SupportRequest', id: world.requests.R1 },
      actorId: null,
    },
  ])

/** The inbox announcements the database sends from now on, in order. */
async function inboxAnnouncements() {
  const heard: unknown[] = []
  const waiting: ((payload: unknown) => void)[] = []
  const listening = await listenToDatabase(world.db, {
    message(payload) {
      const parsed = JSON.parse(payload) as { k: string }
      if (parsed.k !== 'n') return
      const wake = waiting.shift()
      if (wake) wake(parsed)
      else heard.push(parsed)
    },
    resumed() {},
  })
  return {
    next: () => (heard.length ? Promise.resolve(heard.shift()) : new Promise((resolve) => waiting.push(resolve))),
    close: () => listening.close(),
  }
}

describe(`the inbox, live, on ${testDatabaseKind}`, () => {
  it('a notice names its recipient only: A’s stream hears it, B’s does not', async () => {
    const { live, county, db } = world
    const hrssId = county.people.hrss.id
    const industryId = (await db.prisma.user.findUniqueOrThrow({ where: { login: 'industry' } })).id
    const announcements = await inboxAnnouncements()
    const mine = await (await live.signIn('hrss')).subscribe(Inbox)
    const others = await (await live.signIn('industry')).subscribe(Inbox)

    await noticeFor(hrssId)
    expect(await announcements.next()).toEqual({ k: 'n', ids: [hrssId] })
    expect((await mine.next())?.data?.inboxChanged).toEqual({ ids: [], reread: true })

    // The fence: industry's own notice, heard after hrss's was delivered. Had industry heard hrss's, that
    // change would have come first, and the stream would not end right after the fence's.
    await noticeFor(industryId)
    expect(await announcements.next()).toEqual({ k: 'n', ids: [industryId] })
    expect((await others.next())?.data?.inboxChanged).toEqual({ ids: [], reread: true })
    await db.prisma.session.deleteMany({ where: { userId: industryId } })
    expect(await others.next()).toBeNull()

    mine.close()
    await announcements.close()
  })

  it('marking a notice read signals its reader', async () => {
    const { live, county, db } = world
    const hrssId = county.people.hrss.id
    const [made] = await noticeFor(hrssId)
    const hrss = await live.signIn('hrss')
    const announcements = await inboxAnnouncements()
    const inbox = await hrss.subscribe(Inbox)

    const marked = await mutate(hrss.agent, MarkNoticesRead, { clientMutationId: uuidv7(), ids: [made!.id] })
    expect(marked.errors).toBeUndefined()
    expect(await announcements.next()).toEqual({ k: 'n', ids: [hrssId] })
    expect((await inbox.next())?.data?.inboxChanged).toEqual({ ids: [], reread: true })
    const notice = await db.prisma.notice.findUniqueOrThrow({ where: { id: made!.id } })
    expect(notice.readAt).toBeInstanceOf(Date)

    inbox.close()
    await announcements.close()
  })
})
