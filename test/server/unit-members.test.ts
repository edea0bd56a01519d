// The pickers a park manager needs: the people of the unit (to name an owner) and the departments (to hand
// a support request to), with the database ids the mutations take.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { errorCode } from '../support/api.ts'
import { graphql } from '../support/graphql.ts'
import { ids, mutate, smallCounty, talentWithProject } from '../support/pipeline.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

const UnitMembersQuery = graphql(`
  query UnitMembers($unitId: String) {
    unitMembers(unitId: $unitId) {
      uuid
      name
      role
      unit {
        uuid
        name
      }
    }
  }
`)
const AssignOwner = graphql(`
  mutation AssignOwner($input: AssignProjectOwnerInput!) {
    assignProjectOwner(input: $input) {
      owner {
        uuid
      }
    }
  }
`)
const UnitsQuery = graphql(`
  query Units($kind: [UnitKind!]) {
    units(kind: $kind) {
      uuid
      name
      kind
    }
  }
`)

describe('the people of a unit', () => {
  it('are listed to a park manager, by name, with ids an owner can be assigned from', async () => {
    await db.prisma.user.update({ where: { id: county.people.eastStaff2.id }, data: { active: false } })
    const result = await county.agents.eastManager.request(UnitMembersQuery)
    expect(result.errors).toBeUndefined()
    const listed = result.data!.unitMembers
    expect(listed.map((user) => user.name)).toEqual(['east.head', 'east.manager', 'east.staff'])
    expect(listed.every((user) => user.unit.uuid === county.units.east.id)).toBe(true)

    const { projectId, version } = await talentWithProject(county.agents.eastStaff)
    const staff = listed.find((user) => user.name === 'east.staff')!
    const assigned = await mutate(county.agents.eastManager, AssignOwner, {
      ...ids(),
      id: projectId,
      version,
      ownerId: staff.uuid,
    })
    expect(assigned.data).toEqual({ owner: { uuid: county.people.eastStaff.id } })
    await db.prisma.user.update({ where: { id: county.people.eastStaff2.id }, data: { active: true } })
  })

  it('of another unit are refused to everyone but the talent office', async () => {
    const refused = await county.agents.eastManager.request(UnitMembersQuery, { unitId: county.units.west.id })
    expect(refused.errors?.[0]).toMatchObject({ message: '只能查看本单位的人员', extensions: { code: 'FORBIDDEN' } })
    const admin = await county.agents.admin.request(UnitMembersQuery, { unitId: county.units.west.id })
    expect(admin.data!.unitMembers.map((user) => user.name)).toEqual(['west.manager', 'west.staff'])
  })

  it('are hidden from someone signed out', async () => {
    const result = await county.api.agent().request(UnitMembersQuery)
    expect(errorCode(result)).toBe('UNAUTHENTICATED')
  })
})

describe('the departments', () => {
  it('are listed by kind, so a request can be handed to one by its id', async () => {
    const result = await county.agents.eastManager.request(UnitsQuery, { kind: ['DEPARTMENT'] })
    expect(result.data!.units).toEqual([{ uuid: county.units.hrss.id, name: '人社局', kind: 'DEPARTMENT' }])
    const all = await county.agents.hrss.request(UnitsQuery)
    expect(all.data!.units.map((unit) => unit.name).sort()).toEqual(['东部园区', '人才办', '人社局', '西部园区'].sort())
  })
})
