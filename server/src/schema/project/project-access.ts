// Loading a project for a change: reachable (else NOT_FOUND, never a hint that it exists), then writable.
import type { SessionUser } from '../../context.ts'
import { canWriteProject } from '../../auth/visibility.ts'
import { DomainError } from '../../domain/errors.ts'
import type { Transaction } from '../../write/apply-once.ts'

export async function loadProjectForWrite(tx: Transaction, user: SessionUser, id: string) {
  const project = await tx.project.findFirst({
    where: { id },
    include: { followers: true, signing: true, landing: true },
  })
  if (!project) throw DomainError.notFound('项目')
  if (!canWriteProject(user, project))
    throw DomainError.forbidden('只有项目负责人、协助跟进人员、单位负责人和人才办可以修改项目')
  return project
}

export type WritableProject = Awaited<ReturnType<typeof loadProjectForWrite>>

/** The record without its loaded relations, as the audit log compares it. */
export function projectColumns({ followers: _f, signing: _s, landing: _l, ...columns }: WritableProject) {
  return columns
}
