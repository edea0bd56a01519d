// Finding the same person twice: duplicate warnings when a talent is entered, and claim protection when
// another unit already follows the talent (docs/domain.md, "Claims").
import type { Transaction } from '../../write/apply-once.ts'
import { claimedError } from './claim-refusal.ts'
import { DomainError } from '../../domain/errors.ts'
import { duplicateReason, type DuplicateReason } from '../../domain/talent.ts'
import { maskName } from '../../domain/masking.ts'
import { readingAcrossUnits } from '../../auth/scoped-client.ts'

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
    ...(candidate.employer
      ? [{ name: candidate.name.trim(), employer: { equals: candidate.employer.trim(), mode: 'insensitive' as const } }]
      : []),
  ]
  if (alternatives.length === 0) return []
  // The same person entered by another unit is what a duplicate warning is for: read across units.
  const rows = await readingAcrossUnits(() =>
    tx.talent.findMany({
      where: { mergedIntoId: null, OR: alternatives, ...(excludeId ? { id: { not: excludeId } } : {}) },
      select: {
        id: true,
        name: true,
        phone: true,
        employer: true,
        ledProjects: { where: { status: 'ACTIVE' }, select: { unit: { select: { id: true, name: true } } } },
      },
      take: 10,
    }),
  )
  return rows.flatMap((row) => {
    const reason = duplicateReason(candidate, row)
    if (!reason) return []
    const units = new Map(row.ledProjects.map((project) => [project.unit.id, project.unit]))
    return [{ talentId: row.id, name: row.name, employer: row.employer, reason, followedBy: [...units.values()] }]
  })
}

/** Refuses a new project when another unit actively follows the same talent; says which unit, nothing more. */
export function refuseIfClaimed(
  matches: (Pick<TalentMatch, 'name' | 'followedBy'> & { talentId?: string })[],
  unitId: string,
): void {
  for (const match of matches) {
    const others = match.followedBy.filter((unit) => unit.id !== unitId)
    if (others.length === 0) continue
    throw claimedError(others.map((unit) => unit.name).join('、'), `该人才（${maskName(match.name)}）`, match.talentId)
  }
}

const activeUnits = {
  ledProjects: { where: { status: 'ACTIVE' as const }, select: { unit: { select: { id: true, name: true } } } },
}

/**
 * The units actively following a talent: on its own record, on records merged into it, or on any record with
 * its phone.
 */
export async function activeClaimsOn(tx: Transaction, talentId: string, phone?: string | null) {
  // Claims are other units' projects: read across units, to refuse, naming the unit only.
  const talent = await readingAcrossUnits(() =>
    tx.talent.findUnique({ where: { id: talentId }, select: { name: true, phone: true } }),
  )
  if (!talent) return []
  const key = phone === undefined ? talent.phone : phone
  const same = await readingAcrossUnits(() =>
    tx.talent.findMany({
      where: { OR: [{ id: talentId }, { mergedIntoId: talentId }, ...(key ? [{ phone: key }] : [])] },
      select: activeUnits,
    }),
  )
  const units = new Map(
    same.flatMap((row) => row.ledProjects.map((project) => [project.unit.id, project.unit] as const)),
  )
  return [{ talentId, name: talent.name, followedBy: [...units.values()] }]
}

/** A talent taking a new phone may not carry its active projects onto a number another unit follows. */
export async function refuseIfPhoneClaimed(tx: Transaction, talentId: string, phone: string) {
  const own = await readingAcrossUnits(() =>
    tx.project.findMany({ where: { talentId, status: 'ACTIVE' }, select: { unitId: true }, distinct: ['unitId'] }),
  )
  if (own.length === 0) return
  const claims = await activeClaimsOn(tx, talentId, phone)
  for (const project of own) refuseIfClaimed(claims, project.unitId)
}

/**
 * A lead for a talent the caller's own unit already follows is a duplicate, as the same lead from another
 * unit is a claim: either way the caller learns who follows the talent instead of opening a second project.
 */
export function refuseIfFollowed(
  matches: (Pick<TalentMatch, 'name' | 'followedBy'> & { talentId?: string })[],
  unitId: string,
): void {
  refuseIfClaimed(matches, unitId)
  const here = matches.find((match) => match.followedBy.some((unit) => unit.id === unitId))
  if (!here) return
  const unit = here.followedBy.find((candidate) => candidate.id === unitId)!
  throw new DomainError(
    'DUPLICATE',
    `该人才（${maskName(here.name)}）已由本单位（${unit.name}）跟进，请勿重复登记；请在原项目上继续跟进`,
    {
      followedBy: unit.name,
    },
  )
}
