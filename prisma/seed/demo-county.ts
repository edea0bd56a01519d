// The demo county: what the embedded database holds at first start, and what `pnpm db:seed` loads.
// Deterministic (a seeded random walk) and idempotent: it does nothing when the demo's own units exist. It
// joins what a PostgreSQL first start made (the talent office, the first administrator) instead of giving up.
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'
import type { Role } from '../../server/src/generated/prisma/enums.ts'
import { hashPassword as argon2Hash, verifyPassword } from '../../server/src/auth/password.ts'
import { defaultClockSettings } from '../../server/src/domain/clocks.ts'
import { demoPassword, demoUnits, demoUsers } from './demo-data.ts'
import { buildPipeline } from './demo-pipeline.ts'
import { buildAftercare } from './demo-aftercare.ts'
import { buildAssessment } from './demo-assessment.ts'

export interface DemoAccount {
  login: string
  password: string
  role: Role
  unitName: string
  name: string
}

export const demoAccounts: DemoAccount[] = demoUsers.map((user) => ({
  login: user.login,
  password: demoPassword,
  role: user.role,
  unitName: demoUnits.find((unit) => unit.code === user.unitCode)!.name,
  name: user.name,
}))

export interface SeedOptions {
  hashPassword?: (password: string) => Promise<string>
  /** The moment the demo is anchored to: follow-ups fall due around it. */
  now?: Date
}

export interface SeedResult {
  seeded: boolean
  /** The demo accounts that exist and sign in with the demo password. */
  accounts: DemoAccount[]
  /** Demo logins an account already had (e.g. the first administrator): kept as they were, password too. */
  keptLogins: string[]
}

/** The demo is there when its parks, towns and departments are: the talent office alone may be a first start's. */
const ownUnitCodes = demoUnits.map((unit) => unit.code).filter((code) => code !== 'TALENT_OFFICE')

export async function seedDemoCounty(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedResult> {
  const already = await prisma.unit.count({ where: { code: { in: ownUnitCodes } } })
  if (already) return { seeded: false, accounts: await accountsThatSignIn(prisma), keptLogins: [] }
  const now = options.now ?? new Date()
  // Every demo account shares one password, so one hash serves them all.
  const passwordHash = await (options.hashPassword ?? argon2Hash)(demoPassword)
  const keptLogins: string[] = []

  await prisma.$transaction(
    async (tx) => {
      const unitIds = new Map<string, string>()
      for (const unit of demoUnits) {
        const created = await tx.unit.upsert({
          where: { code: unit.code },
          update: {},
          create: unit,
          select: { id: true },
        })
        unitIds.set(unit.code, created.id)
      }
      const userIds = new Map<string, string>()
      for (const user of demoUsers) {
        const existing = await tx.user.findUnique({ where: { login: user.login }, select: { id: true } })
        if (existing) keptLogins.push(user.login)
        const { id } =
          existing ??
          (await tx.user.create({
            data: {
              login: user.login,
              name: user.name,
              role: user.role,
              unitId: unitIds.get(user.unitCode)!,
              passwordHash,
            },
            select: { id: true },
          }))
        userIds.set(user.login, id)
      }
      const world = { tx, now, unitIds, userIds }
      const pipeline = await buildPipeline(world)
      await buildAftercare(world, pipeline)
      await buildAssessment(world, pipeline)
      await tx.setting.upsert({
        where: { key: 'clocks' },
        update: {},
        create: { key: 'clocks', value: { ...defaultClockSettings } },
      })
    },
    { timeout: 120_000, maxWait: 30_000 },
  )
  return { seeded: true, accounts: demoAccounts.filter((account) => !keptLogins.includes(account.login)), keptLogins }
}

/** Demo accounts present with the demo password (checked once per stored hash: the seed gives them one). */
async function accountsThatSignIn(prisma: PrismaClient): Promise<DemoAccount[]> {
  const users = await prisma.user.findMany({
    where: { active: true, login: { in: demoUsers.map((user) => user.login) } },
    select: { login: true, passwordHash: true },
  })
  const verdicts = new Map<string, Promise<boolean>>()
  for (const { passwordHash } of users) {
    if (!verdicts.has(passwordHash)) verdicts.set(passwordHash, verifyPassword(passwordHash, demoPassword))
  }
  const signIn = new Set<string>()
  for (const user of users) if (await verdicts.get(user.passwordHash)) signIn.add(user.login)
  return demoAccounts.filter((account) => signIn.has(account.login))
}
