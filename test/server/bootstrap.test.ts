// First start: the embedded database gets the demo county; a PostgreSQL database only its first admin.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts'
import { bootstrapDatabase, BootstrapError } from '../../server/src/db/bootstrap.ts'
import { seedDemoCounty } from '../../prisma/seed/demo-county.ts'
import { createApi } from '../support/api.ts'
import { isValidUscc } from '@talent/rules/uscc'
import { demoUsers } from '../../prisma/seed/demo-data.ts'
import { resetClock, setClock } from '../support/clock.ts'
import { graphql } from '../support/graphql.ts'

const FollowUpWindows = graphql(`
  query FollowUpWindows {
    overdue: myFollowUps(window: OVERDUE) {
      stage
    }
    today: myFollowUps(window: TODAY) {
      stage
    }
    week: myFollowUps(window: THIS_WEEK) {
      stage
    }
  }
`)

let db: TestDatabase
beforeEach(async () => {
  db = await openTestDatabase()
})
afterEach(async () => {
  resetClock()
  await db?.close()
})

async function tableCounts() {
  const p = db.prisma
  return {
    units: await p.unit.count(),
    users: await p.user.count(),
    talents: await p.talent.count(),
    projects: await p.project.count(),
    activities: await p.activity.count(),
    stageChanges: await p.stageChange.count(),
    signings: await p.signing.count(),
    landings: await p.landing.count(),
    supportRequests: await p.supportRequest.count(),
    applications: await p.programApplication.count(),
    targets: await p.target.count(),
  }
}

describe('the demo county', () => {
  it('covers every stage and status, and loading it twice changes nothing', async () => {
    const first = await seedDemoCounty(db.prisma)
    expect(first.seeded).toBe(true)
    const counts = await tableCounts()
    expect(counts.projects).toBeGreaterThanOrEqual(50)
    const stages = await db.prisma.project.groupBy({ by: ['stage'], _count: true })
    expect(stages.map((row) => row.stage).sort()).toEqual([
      'CONTACTED',
      'LANDED',
      'LEAD',
      'NEGOTIATING',
      'OPERATING',
      'SIGNED',
      'VISITED',
    ])
    const statuses = await db.prisma.project.groupBy({ by: ['status'], _count: true })
    expect(statuses.map((row) => row.status).sort()).toEqual(['ACTIVE', 'LOST', 'ON_HOLD'])
    const landings = await db.prisma.landing.findMany({ select: { uscc: true } })
    expect(landings.length).toBeGreaterThan(0)
    expect(landings.filter((landing) => !isValidUscc(landing.uscc))).toEqual([])
    const again = await seedDemoCounty(db.prisma)
    expect(again.seeded).toBe(false)
    expect(await tableCounts()).toEqual(counts)
  }, 90_000)

  it('lets every demo account sign in with the password it shows', async () => {
    const { accounts } = await seedDemoCounty(db.prisma)
    const api = createApi(db.prisma)
    expect(new Set(accounts.map((account) => account.role))).toEqual(
      new Set(['STAFF', 'PARK_MANAGER', 'UNIT_LEADER', 'DEPARTMENT', 'LEADER', 'ADMIN']),
    )
    for (const account of accounts) await api.agent().login(account.login, account.password)
  }, 90_000)
})

describe('the demo county’s follow-ups, on any day in county time', () => {
  const notSigned = ['LEAD', 'CONTACTED', 'VISITED', 'NEGOTIATING']

  it.each([
    ['a Saturday morning', '2026-12-05T06:03:00+08:00'],
    ['late on a Sunday', '2026-12-06T23:30:00+08:00'],
  ])(
    'gives the staff projects not yet signed that are overdue, due today and due this week: %s',
    async (_day, time) => {
      setClock(time)
      await seedDemoCounty(db.prisma)
      const api = createApi(db.prisma)
      for (const staff of demoUsers.filter((user) => user.role === 'STAFF')) {
        const due = await (await api.agent().login(staff.login, 'Demo@2026')).request(FollowUpWindows)
        expect(due.errors).toBeUndefined()
        // Every one has something overdue; those the README names (with projects enough) something in each window.
        const windows = ['east.staff', 'west.staff'].includes(staff.login)
          ? (['overdue', 'today', 'week'] as const)
          : (['overdue'] as const)
        for (const window of windows) {
          expect(
            due.data![window].filter((project) => notSigned.includes(project.stage)),
            `${staff.login}: ${window}`,
          ).not.toEqual([])
        }
      }
    },
    120_000,
  )
})

describe(`first start on ${testDatabaseKind}`, () => {
  if (testDatabaseKind === 'pglite') {
    it('seeds the demo county into an empty embedded database, once', async () => {
      const boot = await bootstrapDatabase(db, {})
      expect(boot.demoAccounts?.length).toBeGreaterThan(5)
      expect((await bootstrapDatabase(db, {})).demoAccounts).toBeNull()
    })
  } else {
    it('refuses to start an empty PostgreSQL database without an administrator from the environment', async () => {
      await expect(bootstrapDatabase(db, {})).rejects.toThrow(BootstrapError)
      await expect(bootstrapDatabase(db, {})).rejects.toThrow(/ADMIN_LOGIN and ADMIN_PASSWORD/)
      expect(await db.prisma.user.count()).toBe(0)
    })

    it('creates only the first administrator on an empty PostgreSQL database, never demo data', async () => {
      const boot = await bootstrapDatabase(db, { ADMIN_LOGIN: 'chief', ADMIN_PASSWORD: 'a-long-enough-secret' })
      expect(boot).toMatchObject({ createdAdmin: 'chief', demoAccounts: null })
      expect(await db.prisma.user.findMany({ select: { login: true, role: true } })).toEqual([
        { login: 'chief', role: 'ADMIN' },
      ])
      expect(await db.prisma.project.count()).toBe(0)
      await createApi(db.prisma).agent().login('chief', 'a-long-enough-secret')
    })
  }
})
