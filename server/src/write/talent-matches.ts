// Finding the same person twice: duplicate warnings when a talent is entered, and claim protection when
// another unit already follows the talent (DOMAIN.md, "Credit, claims and clocks").
import type { Transaction } from './apply-once.ts'
import { DomainError } from '../domain/errors.ts'
import { duplicateReason, type DuplicateReason } from '../domain/talent.ts'
import { maskName } from '../domain/masking.ts'

export interface TalentMatch {
  talentId: string
  name: string
  employer: string | null
  reason: DuplicateReason
  /** Units with an active project led by this talent. */
  followedBy: { id: string; name: string }[]
}

export async function findTalentMatches(
  tx: Transaction,
  candidate: { name: string; phone: string | null; employer: string | null },
  excludeId?: string,
): Promise<TalentMatch[]> {
  const alternatives = [
    ...(candidate.phone ? [{ phone: candidate.phone }] : []),
    ...(candidate.employer ? [{ name: candidate.name.trim(), employer: { equals: candidate.employer.trim(), mode: 'insensitive' as const } }] : []),
  ]
  if (alternatives.length === 0) return []
  const rows = await tx.talent.findMany({
    where: { mergedIntoId: null, OR: alternatives, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: {
      id: true, name: true, phone: true, employer: true,
      ledProjects: { where: { status: 'ACTIVE' }, select: { unit: { select: { id: true, name: true } } } },
    },
    take: 10,
  })
  return rows.flatMap((row) => {
    const reason = duplicateReason(candidate, row)
    if (!reason) return []
    const units = new Map(row.ledProjects.map((project) => [project.unit.id, project.unit]))
    return [{ talentId: row.id, name: row.name, employer: row.employer, reason, followedBy: [...units.values()] }]
  })
}

/** Refuses a new project when another unit actively follows the same talent; says which unit, nothing more. */
export function refuseIfClaimed(matches: Pick<TalentMatch, 'name' | 'followedBy'>[], unitId: string): void {
  for (const match of matches) {
    const others = match.followedBy.filter((unit) => unit.id !== unitId)
    if (others.length === 0) continue
    const names = others.map((unit) => unit.name).join('、')
    throw new DomainError('CLAIMED', `该人才（${maskName(match.name)}）正由${names}跟进，不能重复立项；如有异议请联系人才办协调`, {
      followedBy: names,
    })
  }
}

export async function activeClaimsOn(tx: Transaction, talentId: string) {
  const talent = await tx.talent.findUnique({
    where: { id: talentId },
    select: { name: true, ledProjects: { where: { status: 'ACTIVE' }, select: { unit: { select: { id: true, name: true } } } } },
  })
  if (!talent) return []
  return [{ name: talent.name, followedBy: talent.ledProjects.map((project) => project.unit) }]
}
