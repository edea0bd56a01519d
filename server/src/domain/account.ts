// Units and people as the talent office keeps them: what a new unit or account needs, which role fits which
// unit, and the one-time passwords an administrator hands out.
import { randomInt } from 'node:crypto'
import { z } from 'zod'
import { login, rolesOfUnitKind, unitCode } from '@talent/rules/account'
import { roles, unitKinds } from '@talent/rules/enums'
import { optionalPhone, requiredText, uuid, version } from './parse.ts'
import type { Role, UnitKind } from '../generated/prisma/enums.ts'
import { DomainError } from './errors.ts'

const clientMutationId = uuid('操作编号')

export const createUnitInput = z.object({
  clientMutationId,
  name: requiredText(50, '单位名称'),
  code: unitCode,
  kind: z.enum(unitKinds, { message: '单位类型不正确' }),
})

export const updateUnitInput = z.object({
  clientMutationId,
  id: uuid('单位编号'),
  version,
  name: requiredText(50, '单位名称').optional(),
  retired: z.boolean().optional(),
})

export const createUserInput = z.object({
  clientMutationId,
  login,
  name: requiredText(30, '姓名'),
  phone: optionalPhone,
  role: z.enum(roles, { message: '角色不正确' }),
  unitId: uuid('单位编号'),
})

export const updateUserInput = z.object({
  clientMutationId,
  id: uuid('用户编号'),
  version,
  name: requiredText(30, '姓名').optional(),
  phone: optionalPhone,
  role: z.enum(roles, { message: '角色不正确' }).optional(),
  unitId: uuid('单位编号').optional(),
  active: z.boolean().optional(),
})

export const resetPasswordInput = z.object({ clientMutationId, id: uuid('用户编号') })

const roleNames: Record<Role, string> = {
  STAFF: '招才专员',
  PARK_MANAGER: '项目负责人',
  UNIT_LEADER: '单位负责人',
  DEPARTMENT: '部门经办人',
  LEADER: '县领导',
  ADMIN: '人才办管理员',
}
const unitKindNames: Record<UnitKind, string> = { PARK: '园区', TOWN: '镇街', DEPARTMENT: '职能部门', OFFICE: '人才办' }

/** Refuses a role the unit's kind does not hold (a 县领导 in a park, a 部门经办人 in a town). */
export function assertRoleFitsUnit(role: Role, unit: { kind: UnitKind; retiredAt: Date | null }): void {
  if (unit.retiredAt) throw DomainError.badInput([{ field: 'unitId', message: '该单位已撤销，不能再加入人员' }])
  if (!rolesOfUnitKind[unit.kind].includes(role))
    throw DomainError.badInput([
      { field: 'role', message: `${unitKindNames[unit.kind]}不能设置「${roleNames[role]}」角色` },
    ])
}

// No 0/O, 1/l/I: the administrator reads it out or writes it on paper.
const passwordAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789'

/** Twelve characters from a crypto source, with a letter and a digit, so that it passes the password rule. */
export function oneTimePassword(): string {
  for (;;) {
    const password = Array.from({ length: 12 }, () => passwordAlphabet[randomInt(passwordAlphabet.length)]).join('')
    if (/[A-Za-z]/.test(password) && /\d/.test(password)) return password
  }
}
