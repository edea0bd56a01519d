// Small, explicit fixtures: each test names the units and people its story needs.
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'
import type { Role, UnitKind } from '../../server/src/generated/prisma/enums.ts'
import { hashPassword } from '../../server/src/auth/password.ts'

export const testPassword = 'Correct-Horse-9'
let passwordHash: Promise<string> | undefined

export async function createUnit(prisma: PrismaClient, name: string, kind: UnitKind = 'PARK') {
  return prisma.unit.create({ data: { name, kind, code: `${kind}_${name}_${Math.random().toString(36).slice(2, 8)}` } })
}

export async function createUser(prisma: PrismaClient, login: string, role: Role, unitId: string) {
  passwordHash ??= hashPassword(testPassword)
  return prisma.user.create({ data: { login, name: login, role, unitId, passwordHash: await passwordHash } })
}
