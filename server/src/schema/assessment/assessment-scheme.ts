// Writes behind the 考核办法 mutations: copying a year into the next, and saving targets all or nothing.
import { uuidv7 } from 'uuidv7'
import type { AssessmentScheme } from '../../generated/prisma/client.ts'
import { DomainError, type FieldProblem } from '../../domain/errors.ts'
import type { FieldChanges } from '../../domain/diff.ts'
import { isUniqueViolation, type Transaction } from '../../write/apply-once.ts'

interface SchemeCopy {
  id: string
  year: number
  name: string
  source: AssessmentScheme | null
  /** Last year's targets are a start for some offices and noise for others, whose units' plans changed. */
  copyTargets: boolean
}

/** A new year's scheme with the source year's rates, indicators and targets (or the speech's defaults). */
export async function copyScheme(tx: Transaction, { id, year, name, source, copyTargets }: SchemeCopy) {
  const rates = source
    ? {
        overBonusRate: source.overBonusRate,
        overBonusCapRatio: source.overBonusCapRatio,
        classBonusA: source.classBonusA,
        classBonusB: source.classBonusB,
        classBonusC: source.classBonusC,
        classBonusCap: source.classBonusCap,
        youthAgeLimit: source.youthAgeLimit,
      }
    : {}
  await tx.assessmentScheme.create({ data: { id, year, name, ...rates } })
  if (!source) return { indicators: 0, targets: 0 }
  const indicators = await tx.indicator.findMany({
    where: { schemeId: source.id },
    include: { targets: { select: { unitId: true, value: true } } },
  })
  const copies = indicators.map(({ id: _id, schemeId: _s, version: _v, targets, ...indicator }) => ({
    indicator: { ...indicator, id: uuidv7(), schemeId: id },
    targets,
  }))
  await tx.indicator.createMany({ data: copies.map((copy) => copy.indicator) })
  const targets = (copyTargets ? copies : []).flatMap((copy) =>
    copy.targets.map((target) => ({ indicatorId: copy.indicator.id, unitId: target.unitId, value: target.value })),
  )
  await tx.target.createMany({ data: targets })
  return { indicators: copies.length, targets: targets.length }
}

export interface TargetValue {
  indicatorId: string
  unitId: string
  value: number
}

/** Checks every value before writing any; answers with the changed targets as “指标代码/单位名称”. */
export async function saveTargets(tx: Transaction, schemeId: string, values: TargetValue[]): Promise<FieldChanges> {
  const scheme = await tx.assessmentScheme.findUnique({
    where: { id: schemeId },
    include: { indicators: { include: { targets: true } } },
  })
  if (!scheme) throw DomainError.notFound('考核办法')
  const units = new Map(
    (await tx.unit.findMany({ where: { id: { in: [...new Set(values.map((v) => v.unitId))] } } })).map((unit) => [
      unit.id,
      unit,
    ]),
  )
  const indicators = new Map(scheme.indicators.map((indicator) => [indicator.id, indicator]))
  const problems: FieldProblem[] = []
  const seen = new Set<string>()
  values.forEach((value, index) => {
    const indicator = indicators.get(value.indicatorId)
    const unit = units.get(value.unitId)
    const field = `targets.${index}`
    if (!indicator)
      problems.push({
        field: `${field}.indicatorId`,
        message: `第 ${index + 1} 项：指标不属于 ${scheme.year} 年度考核办法`,
      })
    if (!unit) problems.push({ field: `${field}.unitId`, message: `第 ${index + 1} 项：单位不存在` })
    if (indicator && unit && !indicator.unitKinds.includes(unit.kind))
      problems.push({
        field: `${field}.unitId`,
        message: `第 ${index + 1} 项：${unit.name}不参加“${indicator.name}”考核`,
      })
    const key = `${value.indicatorId}/${value.unitId}`
    if (seen.has(key)) problems.push({ field, message: `第 ${index + 1} 项：同一单位同一指标重复填写` })
    seen.add(key)
  })
  if (problems.length) throw DomainError.badInput(problems)

  const changes: FieldChanges = { before: {}, after: {} }
  for (const value of values) {
    const indicator = indicators.get(value.indicatorId)!
    const label = `${indicator.code}/${units.get(value.unitId)!.name}`
    const current = indicator.targets.find((target) => target.unitId === value.unitId)
    if (current && Number(current.value) === value.value) continue
    if (current)
      await tx.target.update({ where: { id: current.id }, data: { value: value.value, version: { increment: 1 } } })
    else
      await tx.target
        .create({ data: { indicatorId: indicator.id, unitId: value.unitId, value: value.value } })
        // Another save of the same unit's target got there first: say so rather than a duplicate id.
        .catch((error) =>
          Promise.reject(
            isUniqueViolation(error)
              ? new DomainError('CONFLICT', `${label} 的目标值刚被他人保存，请刷新后重试`)
              : error,
          ),
        )
    changes.before[label] = current ? Number(current.value) : null
    changes.after[label] = value.value
  }
  return changes
}
