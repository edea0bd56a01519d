// Another unit's rows stay out of reach by every path the request's client serves: lists, relations loaded
// inside the parent's query or by a lookup of the parent (Pothos' fallback), node(id), and counts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { CreateProject, CreateTalent } from '../support/documents.ts'
import { graphql } from '../support/graphql.ts'
import { globalId, ids, mutate, op, smallCounty, talentWithProject } from '../support/pipeline.ts'
import { MergeTalents } from '../support/talent-documents.ts'
import { scopedClient } from '../../server/src/auth/scoped-client.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>
let westTalentId: string
let officeProjectId: string

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  // West enters a talent; the talent office opens a project led by it, which west may not see.
  const created = await mutate(county.agents.westStaff, CreateTalent, {
    ...ids(),
    name: '王五',
    phone: '13912345678',
    employer: '复旦大学',
    allowDuplicate: true,
  })
  westTalentId = created.data!.uuid
  const project = await mutate(county.agents.admin, CreateProject, {
    ...ids(),
    talentId: westTalentId,
    title: '人才办的项目',
    sourceChannel: 'UNIVERSITY',
  })
  officeProjectId = project.data!.uuid
})
afterAll(() => db?.close())

const TalentAndOfficeProjectQuery = graphql(`
  query TalentAndOfficeProject($talentId: ID!, $projectId: ID!) {
    talents(first: 100) {
      edges {
        node {
          uuid
          projects {
            uuid
          }
        }
      }
    }
    talent: node(id: $talentId) {
      ... on Talent {
        uuid
        projects {
          uuid
        }
      }
    }
    project: node(id: $projectId) {
      id
    }
    projects(first: 100) {
      edges {
        node {
          uuid
        }
      }
    }
  }
`)
const MergedTalentQuery = graphql(`
  query MergedTalent($talentId: ID!) {
    talent: node(id: $talentId) {
      ... on Talent {
        uuid
        mergedInto {
          uuid
          name
        }
      }
    }
    talents(first: 100, includeMerged: true) {
      edges {
        node {
          uuid
          mergedInto {
            uuid
          }
        }
      }
    }
  }
`)
const MergedIntoQuery = graphql(`
  query MergedInto($talentId: ID!) {
    talent: node(id: $talentId) {
      ... on Talent {
        mergedInto {
          uuid
        }
      }
    }
  }
`)

const sessionUser = (who: 'westStaff' | 'admin') => {
  const person = county.people[who]
  return { id: person.id, name: person.name, role: person.role, unitId: person.unitId }
}

describe('a talent west entered, led by the talent office’s project', () => {
  it('shows west the talent but not the office’s project, in the list and through node(id)', async () => {
    const result = await county.agents.westStaff.request(TalentAndOfficeProjectQuery, {
      talentId: globalId('Talent', westTalentId),
      projectId: globalId('Project', officeProjectId),
    })
    expect(result.errors).toBeUndefined()
    const listed = result.data!.talents.edges.map((edge) => edge.node)
    expect(listed).toEqual([{ uuid: westTalentId, projects: [] }])
    expect(result.data!.talent).toEqual({ uuid: westTalentId, projects: [] })
    expect(result.data!.project).toBeNull()
    expect(result.data!.projects.edges).toEqual([])
  })

  it('filters relations and counts loaded through a lookup of the parent', async () => {
    const west = scopedClient(db.prisma, sessionUser('westStaff'))
    const admin = scopedClient(db.prisma, sessionUser('admin'))
    const load = (client: typeof west) =>
      client.unit.findUniqueOrThrow({
        where: { id: county.units.office.id },
        select: { projects: { select: { id: true } }, _count: { select: { projects: true } } },
      })
    expect(await load(west)).toEqual({ projects: [], _count: { projects: 0 } })
    expect(await load(admin)).toEqual({ projects: [{ id: officeProjectId }], _count: { projects: 1 } })
    const talent = await west.talent.findUniqueOrThrow({
      where: { id: westTalentId },
      include: { ledProjects: true, _count: true },
    })
    expect(talent.ledProjects).toEqual([])
    expect(talent._count.ledProjects).toBe(0)
    expect(await west.project.count()).toBe(0)
    expect(await west.activity.aggregate({ _count: { _all: true } })).toEqual({ _count: { _all: 0 } })
  })
})

describe('a merged record', () => {
  it('hides the record it was merged into when that one is another unit’s', async () => {
    const duplicate = await mutate(county.agents.westStaff, CreateTalent, {
      ...ids(),
      name: '赵六',
      phone: '13712345678',
      employer: '同济大学',
      allowDuplicate: true,
    })
    const survivor = await talentWithProject(county.agents.eastStaff, { name: '赵六', employer: '同济大学' })
    const merged = await mutate(county.agents.admin, MergeTalents, {
      ...op(),
      survivorId: survivor.talentId,
      mergedId: duplicate.data!.uuid,
      reason: '同一人，重复登记',
    })
    expect(merged.errors).toBeUndefined()
    const talentId = globalId('Talent', duplicate.data!.uuid)
    const result = await county.agents.westStaff.request(MergedTalentQuery, { talentId })
    expect(result.errors).toBeUndefined()
    expect(result.data!.talent).toEqual({ uuid: duplicate.data!.uuid, mergedInto: null })
    const listed = result.data!.talents.edges.map((edge) => edge.node)
    expect(listed).toContainEqual({ uuid: duplicate.data!.uuid, mergedInto: null })
    const byAdmin = await county.agents.admin.request(MergedIntoQuery, { talentId })
    expect(byAdmin.data!.talent).toEqual({ mergedInto: { uuid: survivor.talentId } })
  })
})
