// The backup drill a county's IT should be able to run (docs/backup.md): staff keep logging leads and
// follow-ups while `pnpm db:backup` runs; the backup, restored into a fresh database, holds every write that
// was acknowledged before it started, its statistics equal a rebuild, its audit chain verifies, and the
// server signs in, reads and writes on it — as the server's own role on PostgreSQL.
import path from 'node:path'
import { uuidv7 } from 'uuidv7'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DatabaseOpenError, openDatabase, type Database } from '../../server/src/db/open.ts'
import { backupDatabase, restoreDatabase, type BackupResult } from '../../server/src/db/backup/backup.ts'
import { verifyAuditChain } from '../../server/src/write/audit-chain.ts'
import { drillDatabases, runDatabaseCommand, type DrillDatabases } from '../support/backup-drill.ts'
import { testDatabaseKind } from '../support/database.ts'
import { CreateLead, LogActivity } from '../support/documents.ts'
import { createUnit, createUser } from '../support/fixtures.ts'
import { globalId, ids, mutate, smallCounty, uniquePhone, type Agent } from '../support/pipeline.ts'
import { seedStatisticsWorld } from '../support/statistics-world.ts'
import { expectKeptTablesToEqualARebuild } from '../support/statistics-agree.ts'
import { createApi } from '../support/api.ts'
import { graphql } from '../support/graphql.ts'

const PeekProject = graphql(`
  query DrillPeekProject($id: ID!) {
    node(id: $id) {
      ... on Project {
        uuid
        stage
      }
    }
  }
`)

let drill: DrillDatabases
let server: Database
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  drill = await drillDatabases()
  server = await drill.open()
  county = await smallCounty(server.prisma)
  const town = await createUnit(server.prisma, '青山镇', 'TOWN')
  const townStaff = await createUser(server.prisma, 'qingshan.staff', 'STAFF', town.id)
  const { people, units } = county
  // Two years of projects through every stage, so that each statistics table has rows to compare.
  await seedStatisticsWorld(server.prisma, {
    units: [units.east.id, units.west.id, town.id],
    departments: [units.hrss.id],
    recruiters: [people.eastStaff, people.eastStaff2, people.westStaff, people.westManager, townStaff, people.eastHead],
  })
}, 120_000)
afterAll(async () => {
  await server?.close()
  await drill?.cleanup()
})

interface Burst {
  acknowledgedBeforeBackup: { projects: string[]; activities: string[] }
  acknowledgedDuringBackup: number
  backup: BackupResult
}

/** Writers log a lead and a follow-up on it, again and again; the backup starts once 20 writes are answered. */
async function burstWithBackup(writers: Agent[]): Promise<Burst> {
  const projects: string[] = []
  const activities: string[] = []
  let backup: Promise<Burst['backup']> | null = null
  let before: Burst['acknowledgedBeforeBackup'] | null = null
  let finished = false
  let during = 0
  let after = 0
  const acknowledge = () => {
    if (backup && !finished) during++
    if (finished) after++
    if (!backup && projects.length + activities.length >= 20) {
      before = { projects: [...projects], activities: [...activities] }
      backup = backupDatabase(drill.env, { outDir: path.join(drill.workDir, 'backups') })
      void backup.then(() => {
        finished = true
      })
    }
  }
  const write = async (agent: Agent, n: number) => {
    // Bounded: 20 writes before the backup, at most 40 while it runs (then they wait for it), 10 after.
    for (let round = 0; round < 100 && after < 10; round++) {
      if (backup && !finished) await new Promise((resolve) => setTimeout(resolve, 50))
      if (backup && during >= 40) await backup
      const projectId = uuidv7()
      const lead = await mutate(agent, CreateLead, {
        ...{ clientMutationId: uuidv7(), projectId, talentId: uuidv7(), talentName: `演练${n}-${round}` },
        ...{ phone: uniquePhone(), employer: '南京大学', field: '新材料', sourceChannel: 'TALENT_AMBASSADOR' },
      })
      expect(lead.errors).toBeUndefined()
      projects.push(projectId)
      acknowledge()
      const activity = { ...ids(), projectId, kind: 'CALL' as const, summary: `第${round}次跟进` }
      const followUp = await mutate(agent, LogActivity, { ...activity, occurredAt: '2026-03-02T02:00:00Z' })
      expect(followUp.errors).toBeUndefined()
      activities.push(activity.id)
      acknowledge()
    }
  }
  await Promise.all(writers.map((agent, n) => write(agent, n)))
  if (!backup || !before) throw new Error('the burst ended before the backup started')
  return { acknowledgedBeforeBackup: before, acknowledgedDuringBackup: during, backup: await backup }
}

describe(`a backup during a burst of writes on ${testDatabaseKind}`, () => {
  it('restores into a fresh database with every acknowledged write, equal statistics, an intact audit chain, and ' +
    'a server that works on it', { timeout: 120_000 }, async () => {
    const { eastStaff, eastStaff2, westStaff, westManager } = county.agents
    const burst = await burstWithBackup([eastStaff, eastStaff2, westStaff, westManager])
    // Taken while writes went on: the server answered writes between the backup's start and its end.
    expect(burst.acknowledgedDuringBackup).toBeGreaterThan(0)
    // The embedded database is read by the process that has it open, asked through its folder's socket.
    if (testDatabaseKind === 'pglite') expect(burst.backup.takenBy).toBe('running server')
    const file = burst.backup.file

    const target = await drill.fresh('restored')
    await restoreDatabase(target.env, file)
    // A second restore into what is now a database is refused without --force, and changes nothing.
    await expect(restoreDatabase(target.env, file)).rejects.toThrow(/not empty|already holds a database/)

    const restored = await target.open()
    const owner = await target.owner(restored)
    try {
      const { projects, activities } = burst.acknowledgedBeforeBackup
      expect(await restored.prisma.project.count({ where: { id: { in: projects } } })).toBe(projects.length)
      expect(await restored.prisma.activity.count({ where: { id: { in: activities } } })).toBe(activities.length)
      expect(await verifyAuditChain(restored.prisma)).toMatchObject({ intact: true })
      await expectKeptTablesToEqualARebuild(owner.prisma)

      const api = createApi(restored.prisma)
      const leader = await api.agent().login('leader')
      const read = await leader.request(PeekProject, { id: globalId('Project', projects[0] as string) })
      expect(read.data?.node).toMatchObject({ uuid: projects[0], stage: 'LEAD' })
      const staff = await api.agent().login('east.staff')
      const written = await mutate(staff, CreateLead, {
        ...{ clientMutationId: uuidv7(), projectId: uuidv7(), talentId: uuidv7(), talentName: '恢复后' },
        ...{ phone: uniquePhone(), employer: '南京大学', field: '新材料', sourceChannel: 'TALENT_AMBASSADOR' },
      })
      expect(written.errors).toBeUndefined()
      expect(await verifyAuditChain(restored.prisma)).toMatchObject({ intact: true })
    } finally {
      if (owner !== restored) await owner.close()
      await restored.close()
    }
  })
})

// On PostgreSQL the command's work is pg_dump's, a process of its own in the drill above already.
if (testDatabaseKind === 'pglite') {
  describe('the embedded database held by the running server', () => {
    it('is backed up by `pnpm db:backup` from another process, and never opened by a second one', async () => {
      await expect(openDatabase({ dataDir: drill.env.PGLITE_DIR })).rejects.toThrow(DatabaseOpenError)
      await expect(openDatabase({ dataDir: drill.env.PGLITE_DIR })).rejects.toThrow(/Another process .* open/)
      const command = await runDatabaseCommand(drill.env, ['backup', '--out', path.join(drill.workDir, 'by-command')])
      expect(command.stderr).toBe('')
      expect(command.status).toBe(0)
      expect(command.stdout).toMatch(
        /Backup written: .*talent-pglite-\d{8}T\d{6}Z\.tar\.gz \(\d+ bytes, read by running server\)/,
      )
      // The server kept its folder and answers as before.
      expect(await server.prisma.user.count()).toBeGreaterThan(0)
    }, 60_000)
  })
}
