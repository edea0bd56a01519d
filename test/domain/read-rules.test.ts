// Every model of the schema says who reads it, and every relation to one row of a scoped model says why
// showing it is safe: a model or relation added without a rule fails here, before it can leak.
import { describe, expect, it } from 'vitest'
import { Prisma } from '../../server/src/generated/prisma/client.ts'
import { getDatamodel } from '../../server/src/generated/pothos-types.ts'
import { readRules, readsEverything, relationRules } from '../../server/src/auth/read-rules.ts'
import { Role } from '../../server/src/generated/prisma/enums.ts'

const models = getDatamodel().datamodel.models
const scoped = (model: string) => readRules[model as Prisma.ModelName]?.kind === 'scoped'

describe('read rules', () => {
  it('name a rule for every Prisma model, and only for models', () => {
    const named = Object.values(Prisma.ModelName)
    const missing = named.filter((model) => !readRules[model])
    expect(missing).toEqual([])
    expect(Object.keys(readRules).sort()).toEqual([...named].sort())
    expect(Object.keys(models).sort()).toEqual([...named].sort())
  })

  it('say for every relation to one row of a scoped model why it may be shown', () => {
    const undeclared = Object.entries(models).flatMap(([model, { fields }]) =>
      fields
        .filter((field) => field.kind === 'object' && !field.isList && scoped(field.type))
        .map((field) => `${model}.${field.name}`)
        .filter((relation) => !relationRules[relation]),
    )
    expect(undeclared).toEqual([])
  })

  it('name only relations that exist', () => {
    const existing = new Set(
      Object.entries(models).flatMap(([model, { fields }]) => fields.map((field) => `${model}.${field.name}`)),
    )
    expect(Object.keys(relationRules).filter((relation) => !existing.has(relation))).toEqual([])
  })

  it('read every row for ADMIN alone, the reader handed the plain client', () => {
    const reader = (role: Role) => ({ id: 'u', name: '某人', role, unitId: 'x' })
    const everything = Object.values(Role).filter((role) => readsEverything(reader(role)))
    expect(everything).toEqual(['ADMIN'])
    expect(readsEverything(null)).toBe(false)
  })
})
