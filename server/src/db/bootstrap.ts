// What happens to a database before the server uses it: migrations always (as the tables' owner when
// MIGRATION_DATABASE_URL names one); then the demo county on an empty embedded database, or the first ADMIN
// account (from the environment) on an empty PostgreSQL. Several server processes may start at once on one
// PostgreSQL: each bootstraps under the same database lock, so the first migrates and creates the administrator
// while the others wait, then find the work done. The Web Push key pair is made at the first start too.
import type { Database } from './open.ts'
import { migrate, openDatabase } from './open.ts'
import { hashPassword } from '../auth/password.ts'
import { webPushKeys } from '../notify/web-push/vapid-keys.ts'
import { seedDemoCounty, type DemoAccount } from '../../../prisma/seed/demo-county.ts'

export class BootstrapError extends Error {}

export interface BootstrapResult {
  appliedMigrations: string[]
  demoAccounts: DemoAccount[] | null
  createdAdmin: string | null
}

/** The lock every process holds while it migrates the database or creates its first administrator. */
export const bootstrapLock = 'talent-pipeline:bootstrap'

export function bootstrapDatabase(database: Database, env: NodeJS.ProcessEnv): Promise<BootstrapResult> {
  return database.exclusively(bootstrapLock, () => bootstrapHoldingLock(database, env))
}

async function bootstrapHoldingLock(database: Database, env: NodeJS.ProcessEnv): Promise<BootstrapResult> {
  const appliedMigrations = await migrateHoldingLock(database, env)
  // Made now rather than at the first subscription, so the first phone to ask finds the key there.
  await webPushKeys(database.prisma)
  const empty = (await database.prisma.user.count()) === 0
  if (!empty) return { appliedMigrations, demoAccounts: null, createdAdmin: null }
  if (database.kind === 'pglite' && env.SEED_DEMO !== '0') {
    const { accounts } = await seedDemoCounty(database.prisma)
    return { appliedMigrations, demoAccounts: accounts, createdAdmin: null }
  }
  const createdAdmin = await createFirstAdmin(database, env)
  return { appliedMigrations, demoAccounts: null, createdAdmin }
}

/**
 * Applies the migrations through MIGRATION_DATABASE_URL when it is set, so that the server itself can run as a
 * role that owns no table (README: PostgreSQL with a server that does not own its tables).
 */
export function migrateAsOwner(database: Database, env: NodeJS.ProcessEnv): Promise<string[]> {
  return database.exclusively(bootstrapLock, () => migrateHoldingLock(database, env))
}

async function migrateHoldingLock(database: Database, env: NodeJS.ProcessEnv): Promise<string[]> {
  const ownerUrl = env.MIGRATION_DATABASE_URL
  if (!ownerUrl) return migrate(database, { env })
  if (database.kind !== 'postgresql') {
    throw new BootstrapError(
      'MIGRATION_DATABASE_URL is for PostgreSQL: set DATABASE_URL to the server’s own role as well, or unset both.',
    )
  }
  const owner = await openDatabase({ url: ownerUrl })
  try {
    return await migrate(owner, { env })
  } finally {
    await owner.close()
  }
}

async function createFirstAdmin(database: Database, env: NodeJS.ProcessEnv): Promise<string> {
  const login = env.ADMIN_LOGIN?.trim()
  const password = env.ADMIN_PASSWORD
  if (!login || !password) {
    throw new BootstrapError(
      'The database has no users. Set ADMIN_LOGIN and ADMIN_PASSWORD (at least 12 characters) to create the first ' +
        'talent-office administrator, or load the demo county explicitly with `pnpm db:seed`.',
    )
  }
  if (password.length < 12) throw new BootstrapError('ADMIN_PASSWORD must have at least 12 characters.')
  const prisma = database.prisma
  await prisma.$transaction(async (tx) => {
    const office = await tx.unit.upsert({
      where: { code: 'TALENT_OFFICE' },
      update: {},
      create: { code: 'TALENT_OFFICE', name: env.ADMIN_UNIT_NAME?.trim() || '人才办', kind: 'OFFICE' },
    })
    await tx.user.create({
      data: {
        login,
        name: env.ADMIN_NAME?.trim() || '系统管理员',
        role: 'ADMIN',
        unitId: office.id,
        passwordHash: await hashPassword(password),
      },
    })
  })
  return login
}
