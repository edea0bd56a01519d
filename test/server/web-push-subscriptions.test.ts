// A phone subscribing to Web Push: the server's key made once however many processes start together; a
// subscription stored once per write (a replay changes nothing), the owner's alone to see and remove, and only
// for an https push service with keys of the right shape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openDatabase } from '../../server/src/db/open.ts'
import { readOrMakeWebPushKeys } from '../../server/src/notify/web-push/vapid-keys.ts'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { mutate, smallCounty } from '../support/pipeline.ts'
import { browserSubscriptionKeys } from '../support/push-service.ts'
import {
  SubscribeWebPush,
  UnsubscribeWebPush,
  WebPushPublicKey,
  WebPushSubscribed,
} from '../support/web-push-documents.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

const endpoint = (name: string) => `https://push.example.test/send/${name}`
const subscriptionsOf = (userId: string) =>
  db.prisma.pushSubscription.findMany({ where: { userId }, select: { endpoint: true, p256dh: true, auth: true } })
const audited = (action: string) => db.prisma.auditLog.count({ where: { action } })

describe(`Web Push keys on ${testDatabaseKind}`, () => {
  it('are made once when several processes start together, and the public half is what phones are given', async () => {
    await db.prisma.webPushKeys.deleteMany()
    // Each PostgreSQL "process" has its own pool; the embedded database's one process races with itself.
    const others = db.url ? await Promise.all([1, 2, 3].map(() => openDatabase({ url: db.url }))) : []
    try {
      const clients = others.length ? [db.prisma, ...others.map((other) => other.prisma)] : Array(4).fill(db.prisma)
      const pairs = await Promise.all(clients.map((prisma) => readOrMakeWebPushKeys(prisma)))
      expect(new Set(pairs.map((pair) => pair.publicKey)).size).toBe(1)
      expect(new Set(pairs.map((pair) => pair.privateKey)).size).toBe(1)
      const saved = await db.prisma.webPushKeys.findMany()
      expect(saved).toHaveLength(1)
      expect(saved[0]!.publicKey).toBe(pairs[0]!.publicKey)
      // A P-256 point, uncompressed: what PushManager.subscribe takes as applicationServerKey.
      expect(Buffer.from(saved[0]!.publicKey, 'base64url')).toHaveLength(65)
      const asked = await county.agents.eastStaff.request(WebPushPublicKey)
      expect(asked.data?.webPushPublicKey).toBe(saved[0]!.publicKey)
      expect(JSON.stringify(asked)).not.toContain(saved[0]!.privateKey)
    } finally {
      await Promise.all(others.map((other) => other.close()))
    }
  })

  it('are not given to a visitor who has not signed in', async () => {
    const visitor = county.api.agent()
    const asked = await visitor.request(WebPushPublicKey)
    expect(asked.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })
})

describe(`Web Push subscriptions on ${testDatabaseKind}`, () => {
  it('are stored once per write: a replay with other keys changes nothing', async () => {
    const { eastStaff } = county.agents
    const first = browserSubscriptionKeys()
    const clientMutationId = uuidv7()
    const input = { clientMutationId, endpoint: endpoint('a'), p256dh: first.p256dh, auth: first.auth }
    expect((await mutate(eastStaff, SubscribeWebPush, input)).data).toBe(true)
    const other = browserSubscriptionKeys()
    const replay = await mutate(eastStaff, SubscribeWebPush, { ...input, p256dh: other.p256dh, auth: other.auth })
    expect(replay.data).toBe(true)
    expect(await subscriptionsOf(county.people.eastStaff.id)).toEqual([
      { endpoint: endpoint('a'), p256dh: first.p256dh, auth: first.auth },
    ])
    expect(await audited('subscribeWebPush')).toBe(1)
    // Subscribing again later (the phone renewed its keys) updates the one row.
    await mutate(eastStaff, SubscribeWebPush, {
      ...input,
      clientMutationId: uuidv7(),
      p256dh: other.p256dh,
      auth: other.auth,
    })
    expect(await subscriptionsOf(county.people.eastStaff.id)).toEqual([
      { endpoint: endpoint('a'), p256dh: other.p256dh, auth: other.auth },
    ])
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: 'subscribeWebPush' } })
    expect(JSON.stringify(audit.changes)).not.toContain(first.auth)
    expect(JSON.stringify(audit.changes)).not.toContain('/send/a')
  })

  it('are the owner’s alone: another user neither sees nor removes them', async () => {
    const { eastStaff, eastStaff2 } = county.agents
    const keys = browserSubscriptionKeys()
    await mutate(eastStaff, SubscribeWebPush, { clientMutationId: uuidv7(), endpoint: endpoint('b'), ...pick(keys) })
    expect((await eastStaff.request(WebPushSubscribed, { endpoint: endpoint('b') })).data?.webPushSubscribed).toBe(true)
    expect((await eastStaff2.request(WebPushSubscribed, { endpoint: endpoint('b') })).data?.webPushSubscribed).toBe(
      false,
    )
    const removed = await mutate(eastStaff2, UnsubscribeWebPush, {
      clientMutationId: uuidv7(),
      endpoint: endpoint('b'),
    })
    expect(removed.data).toBe(true)
    expect((await subscriptionsOf(county.people.eastStaff.id)).map((row) => row.endpoint)).toContain(endpoint('b'))
  })

  it('are removed by their owner, once; a replay of the removal removes nothing later made', async () => {
    const { eastManager } = county.agents
    const keys = browserSubscriptionKeys()
    const subscribe = () =>
      mutate(eastManager, SubscribeWebPush, { clientMutationId: uuidv7(), endpoint: endpoint('c'), ...pick(keys) })
    await subscribe()
    const clientMutationId = uuidv7()
    expect((await mutate(eastManager, UnsubscribeWebPush, { clientMutationId, endpoint: endpoint('c') })).data).toBe(
      true,
    )
    expect(await subscriptionsOf(county.people.eastManager.id)).toEqual([])
    await subscribe()
    await mutate(eastManager, UnsubscribeWebPush, { clientMutationId, endpoint: endpoint('c') })
    expect(await subscriptionsOf(county.people.eastManager.id)).toHaveLength(1)
  })

  it('follow the browser: another user signing in there and subscribing takes the endpoint over', async () => {
    const { eastHead, eastStaff2 } = county.agents
    const keys = browserSubscriptionKeys()
    const input = { endpoint: endpoint('shared-phone'), ...pick(keys) }
    await mutate(eastHead, SubscribeWebPush, { clientMutationId: uuidv7(), ...input })
    await mutate(eastStaff2, SubscribeWebPush, { clientMutationId: uuidv7(), ...input })
    expect(await subscriptionsOf(county.people.eastHead.id)).toEqual([])
    expect((await subscriptionsOf(county.people.eastStaff2.id)).map((row) => row.endpoint)).toEqual([
      endpoint('shared-phone'),
    ])
  })

  it.each([
    ['a plain-http push service', { endpoint: 'http://push.example.test/x' }, '推送地址须为 https 地址'],
    ['no URL at all', { endpoint: 'not a url' }, '推送地址须为 https 地址'],
    [
      'a public key that is no P-256 point',
      { p256dh: Buffer.alloc(65, 7).toString('base64url') },
      '推送公钥格式不正确',
    ],
    ['an auth secret of the wrong length', { auth: Buffer.alloc(8).toString('base64url') }, '推送认证密钥格式不正确'],
  ])('are refused for %s, and nothing is written', async (_case, change, message) => {
    const { westStaff } = county.agents
    const keys = browserSubscriptionKeys()
    const input = { clientMutationId: uuidv7(), endpoint: endpoint('refused'), ...pick(keys), ...change }
    const refused = await mutate(westStaff, SubscribeWebPush, input)
    expect(refused.code).toBe('BAD_USER_INPUT')
    expect(refused.message).toBe(message)
    expect(await db.prisma.pushSubscription.count({ where: { endpoint: input.endpoint } })).toBe(0)
  })
})

const pick = ({ p256dh, auth }: { p256dh: string; auth: string }) => ({ p256dh, auth })
