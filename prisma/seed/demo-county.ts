// The demo county: what the embedded database holds at first start, and what `pnpm db:seed` loads.
// Deterministic (a seeded random walk) and idempotent: it does nothing when the talent office exists.
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'
import type { Role } from '../../server/src/generated/prisma/enums.ts'
import { hashPassword as argon2Hash } from '../../server/src/auth/password.ts'
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

export async function seedDemoCounty(prisma: PrismaClient, options: SeedOptions = {}) {
  const already = await prisma.unit.findUnique({ where: { code: 'TALENT_OFFICE' }, select: { id: true } })
  if (already) return { seeded: false, accounts: demoAccounts }
  const now = options.now ?? new Date()
  // Every demo account shares one password, so one hash serves them all.
  const passwordHash = await (options.hashPassword ?? argon2Hash)(demoPassword)

  await prisma.$transaction(
    async (tx) => {
      const unitIds = new Map<string, string>()
      for (const unit of demoUnits) {
        const created = await tx.unit.create({ data: unit, select: { id: true } })
        unitIds.set(unit.code, created.id)
      }
      const userIds = new Map<string, string>()
      for (const user of demoUsers) {
        const created = await tx.user.create({
          data: { login: user.login, name: user.name, role: user.role, unitId: unitIds.get(user.unitCode)!, passwordHash },
          select: { id: true },
        })
        userIds.set(user.login, created.id)
      }
      const world = { tx, now, unitIds, userIds }
      const pipeline = await buildPipeline(world)
      await buildAftercare(world, pipeline)
      await buildAssessment(world, pipeline)
      await tx.setting.create({ data: { key: 'clocks', value: { ...defaultClockSettings } } })
    },
    { timeout: 120_000, maxWait: 30_000 },
  )
  return { seeded: true, accounts: demoAccounts }
}
