// A logout, a deactivation, a password change or a role taken away made through one server process is honoured by
// every other process at its very next request. On PostgreSQL server B has a Prisma client (a pool) of its own
// on the same database, as a second process has; the embedded database has one process, and B is then a second
// GraphQL server in it. B serves each session several times first, so that anything remembered would show.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { createApi, errorCode } from '../support/api.ts'
import { mutate, op, smallCounty } from '../support/pipeline.ts'
import { Accounts, ChangePassword, UnitsRead, UpdateUser } from '../support/account-documents.ts'
import { createUser, testPassword } from '../support/fixtures.ts'
import { openDatabase, type Database } from '../../server/src/db/open.ts'

let db: TestDatabase
let other: Database | null
let county: Awaited<ReturnType<typeof smallCounty>>
let serverB: ReturnType<typeof createApi>
beforeAll(async () => {
  db = await openTestDatabase()
  other = db.url ? await openDatabase({ url: db.url }) : null
  county = await smallCounty(db.prisma)
  serverB = createApi(other?.prisma ?? db.prisma)
})
afterAll(async () => {
  await other?.close()
  await db?.close()
})

/** Signs in on server A; returns the browser there and its cookie, which server B is then sent. */
async function signInOnA(login: string) {
  const onA = await county.api.agent().login(login)
  const cookie = onA.lastResponse!.headers.get('set-cookie')!.split(';')[0]!
  const onB = serverB.agent()
  const readOnB = () => onB.request(UnitsRead, {}, { cookie })
  for (let request = 0; request < 3; request++) expect((await readOnB()).data?.units.length).toBeGreaterThan(0)
  return { onA, readOnB, listAccountsOnB: () => onB.request(Accounts, {}, { cookie }) }
}

const Logout = `mutation { logout }`

async function versionOf(id: string) {
  return (await db.prisma.user.findUniqueOrThrow({ where: { id } })).version
}

describe(`sessions on two servers sharing one ${testDatabaseKind} database`, () => {
  it('a logout on A is refused by B at the next request', async () => {
    const { onA, readOnB } = await signInOnA('east.staff')
    expect((await onA.requestText(Logout)).data).toEqual({ logout: true })
    expect(errorCode(await readOnB())).toBe('UNAUTHENTICATED')
  })

  it('an account deactivated on A is refused by B at the next request', async () => {
    const person = await createUser(db.prisma, 'leaving.now', 'STAFF', county.units.east.id)
    const { readOnB } = await signInOnA('leaving.now')
    const deactivated = await mutate(county.agents.admin, UpdateUser, {
      ...op(),
      id: person.id,
      version: await versionOf(person.id),
      active: false,
    })
    expect(deactivated.data?.active).toBe(false)
    expect(errorCode(await readOnB())).toBe('UNAUTHENTICATED')
  })

  it('a password changed on A ends the account’s other sessions on B, and keeps the one that changed it', async () => {
    await createUser(db.prisma, 'changing.pw', 'STAFF', county.units.west.id)
    const changing = await signInOnA('changing.pw')
    const elsewhere = await signInOnA('changing.pw')
    const changed = await changing.onA.request(ChangePassword, {
      currentPassword: testPassword,
      newPassword: 'Harbour-Light-42',
    })
    expect(changed.errors).toBeUndefined()
    expect(errorCode(await elsewhere.readOnB())).toBe('UNAUTHENTICATED')
    expect((await changing.readOnB()).data?.units.length).toBeGreaterThan(0)
  })

  it('an administrator made a leader on A is refused the accounts list by B at the next request', async () => {
    const person = await createUser(db.prisma, 'second.admin', 'ADMIN', county.units.office.id)
    const { listAccountsOnB } = await signInOnA('second.admin')
    expect(errorCode(await listAccountsOnB())).toBeUndefined()
    const updated = await mutate(county.agents.admin, UpdateUser, {
      ...op(),
      id: person.id,
      version: await versionOf(person.id),
      role: 'LEADER',
    })
    expect(updated.data?.role).toBe('LEADER')
    expect(errorCode(await listAccountsOnB())).toBe('FORBIDDEN')
  })
})
