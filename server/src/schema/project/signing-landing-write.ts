// Writing a project's Signing and Landing: the stage form (recordSigning, recordLanding) and the 台账 import
// both write them here, so both meet the same refusals (the database's own included).
import type { Prisma } from '../../generated/prisma/client.ts'
import { DomainError } from '../../domain/errors.ts'
import { isUniqueViolation, type Transaction } from '../../write/apply-once.ts'

export type SigningFields = Omit<Prisma.SigningUncheckedCreateInput, 'projectId' | 'id' | 'version'>
export type LandingFields = Omit<Prisma.LandingUncheckedCreateInput, 'projectId' | 'id' | 'version'>

export async function saveSigning(tx: Transaction, projectId: string, fields: SigningFields) {
  await tx.signing.upsert({
    where: { projectId },
    create: { projectId, ...fields },
    update: { ...fields, version: { increment: 1 } },
  })
}

/** A landing needs the project's signing first, and a USCC no other project has. */
export async function saveLanding(tx: Transaction, projectId: string, hasSigning: boolean, fields: LandingFields) {
  if (!hasSigning) throw new DomainError('CONFLICT', '请先登记签约信息，再登记落地企业')
  const other = await tx.landing.findFirst({
    where: { uscc: fields.uscc, projectId: { not: projectId } },
    select: { companyName: true },
  })
  if (other)
    throw DomainError.badInput([
      { field: 'uscc', message: `该统一社会信用代码已登记在另一个项目（${other.companyName}）` },
    ])
  try {
    await tx.landing.upsert({
      where: { projectId },
      create: { projectId, ...fields },
      update: { ...fields, version: { increment: 1 } },
    })
  } catch (error) {
    if (isUniqueViolation(error))
      throw DomainError.badInput([{ field: 'uscc', message: '该统一社会信用代码已登记在另一个项目' }])
    throw error
  }
}
