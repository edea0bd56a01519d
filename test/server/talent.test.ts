// Talents: the duplicate warning, claim protection between units, masked contact data, reveal and merge.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { errorCode } from '../support/api.ts'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { AssignProjectOwner, CreateTalent } from '../support/documents.ts'
import { graphql } from '../support/graphql.ts'
import { ids, mutate, op, smallCounty, talentWithProject } from '../support/pipeline.ts'
import { CreateLead, MergeTalents, UpdateTalent } from '../support/talent-documents.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

const TalentContactQuery = graphql(`
  query TalentContact($id: ID!) {
    node(id: $id) {
      __typename
      ... on Talent {
        name
        phone
        email
        contactMasked
      }
    }
  }
`)
const PossibleDuplicateTalentsQuery = graphql(`
  query PossibleDuplicateTalents($name: String!, $phone: String) {
    possibleDuplicateTalents(name: $name, phone: $phone) {
      talentId
      name
      followedBy
    }
  }
`)
const SetProjectFollower = graphql(`
  mutation SetProjectFollower($input: SetProjectFollowerInput!) {
    setProjectFollower(input: $input) {
      uuid
    }
  }
`)
const ProjectsTalentContactQuery = graphql(`
  query ProjectsTalentContact {
    projects(first: 50) {
      edges {
        node {
          uuid
          talent {
            phone
            contactMasked
          }
        }
      }
    }
  }
`)
const RevealContact = graphql(`
  mutation RevealContact($talentId: String!, $reason: String!) {
    revealContact(talentId: $talentId, reason: $reason) {
      phone
    }
  }
`)
const TalentSearchQuery = graphql(`
  query TalentSearch($search: String!) {
    talents(search: $search) {
      edges {
        node {
          name
        }
      }
    }
  }
`)
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64')

describe('talents', () => {
  it('warns of a duplicate (same phone, or same name and employer) and creates only when confirmed', async () => {
    const { eastStaff } = county.agents
    await talentWithProject(eastStaff, { name: '王五', phone: '13911112222', employer: '南京大学' })
    const samePhone = await mutate(eastStaff, CreateTalent, { ...ids(), name: '王伍', phone: '139 1111 2222' })
    expect(samePhone.code).toBe('DUPLICATE')
    const sameEmployer = await mutate(eastStaff, CreateTalent, { ...ids(), name: '王五', employer: ' 南京大学 ' })
    expect(sameEmployer.code).toBe('DUPLICATE')
    expect(sameEmployer.message).toMatch(/王\*/)
    expect(await db.prisma.talent.count({ where: { name: { in: ['王伍', '王五'] } } })).toBe(1)
    const confirmed = await mutate(eastStaff, CreateTalent, {
      ...ids(),
      name: '王五',
      employer: '南京大学',
      allowDuplicate: true,
    })
    expect(confirmed.errors).toBeUndefined()
  })

  it(
    'keeps another unit from opening a project for a talent it follows, telling it which unit, not the contact ' +
      'data',
    async () => {
      const { eastStaff, westStaff } = county.agents
      await talentWithProject(eastStaff, { name: '赵六', phone: '13922223333' })
      const lead = await mutate(westStaff, CreateLead, {
        clientMutationId: uuidv7(),
        projectId: uuidv7(),
        talentId: uuidv7(),
        talentName: '赵六',
        phone: '13922223333',
        sourceChannel: 'REFERRAL',
      })
      expect(lead.code).toBe('CLAIMED')
      expect(lead.message).toMatch(/正由.*东部园区.*跟进/)
      expect(lead.message).not.toMatch(/13922223333/)
      const matches = await westStaff.request(PossibleDuplicateTalentsQuery, { name: '赵六', phone: '13922223333' })
      expect(matches.data?.possibleDuplicateTalents).toEqual([
        { talentId: null, name: '赵*', followedBy: ['东部园区'] },
      ])
    },
  )

  it('masks contact data for everyone but the owner, followers, the unit manager and the talent office', async () => {
    const { eastStaff, eastStaff2, eastManager, admin, leader, westStaff } = county.agents
    const { talentId } = await talentWithProject(eastStaff, {
      name: '钱七',
      phone: '13933334444',
      email: 'qian@example.cn',
    })
    const seen = async (agent: typeof eastStaff) =>
      (await agent.request(TalentContactQuery, { id: globalId('Talent', talentId) })).data?.node
    for (const agent of [eastStaff, eastManager, admin])
      expect(await seen(agent)).toMatchObject({ phone: '13933334444', contactMasked: false })
    for (const agent of [eastStaff2, leader])
      expect(await seen(agent)).toMatchObject({ phone: '139****4444', email: 'q***@example.cn', contactMasked: true })
    expect(await seen(westStaff)).toBeNull()
  })

  it(
    'shows contact data to a follower and to an owner who did not enter the talent, ' + 'for as long as they are',
    async () => {
      const { eastStaff, eastStaff2, eastManager } = county.agents
      const { talentId, projectId } = await talentWithProject(eastStaff, { name: '冯十二', phone: '13901230456' })
      const phoneSeenBy2 = async () => {
        const node = (await eastStaff2.request(TalentContactQuery, { id: globalId('Talent', talentId) })).data?.node
        return node?.__typename === 'Talent' ? node.phone : undefined
      }
      const follow = (following: boolean) =>
        mutate(eastStaff, SetProjectFollower, {
          ...op(),
          id: projectId,
          userId: county.people.eastStaff2.id,
          following,
        })
      expect(await phoneSeenBy2()).toBe('139****0456')
      expect((await follow(true)).errors).toBeUndefined()
      expect(await phoneSeenBy2()).toBe('13901230456')
      expect((await follow(false)).errors).toBeUndefined()
      expect(await phoneSeenBy2()).toBe('139****0456')
      const { version } = await db.prisma.project.findUniqueOrThrow({ where: { id: projectId } })
      const assigned = await mutate(eastManager, AssignProjectOwner, {
        ...op(),
        id: projectId,
        version,
        ownerId: county.people.eastStaff2.id,
      })
      expect(assigned.errors).toBeUndefined()
      expect(await phoneSeenBy2()).toBe('13901230456')
    },
  )

  it('masks contact data the same way on a page of projects as on the talent', async () => {
    const { eastStaff, eastStaff2 } = county.agents
    const { projectId } = await talentWithProject(eastStaff, { name: '卫十三', phone: '13902340567' })
    const phoneOnPage = async (agent: typeof eastStaff) => {
      const page = await agent.request(ProjectsTalentContactQuery)
      return page.data?.projects.edges.find((edge) => edge.node.uuid === projectId)?.node.talent
    }
    expect(await phoneOnPage(eastStaff)).toEqual({ phone: '13902340567', contactMasked: false })
    expect(await phoneOnPage(eastStaff2)).toEqual({ phone: '139****0567', contactMasked: true })
  })

  it(
    'reveals contact data to the unit’s other staff with a reason, ' + 'and writes the reveal to the audit log',
    async () => {
      const { eastStaff, eastStaff2, leader, westStaff } = county.agents
      const { talentId } = await talentWithProject(eastStaff, { name: '孙八', phone: '13944445555' })
      const reveal = (agent: typeof eastStaff, reason: string) => agent.request(RevealContact, { talentId, reason })
      expect(errorCode(await reveal(eastStaff2, ''))).toBe('BAD_USER_INPUT')
      const revealed = await reveal(eastStaff2, '联系对接考察')
      expect(revealed.errors).toBeUndefined()
      expect(revealed.data?.revealContact).toEqual({ phone: '13944445555' })
      expect(errorCode(await reveal(leader, '了解情况'))).toBe('FORBIDDEN')
      expect(errorCode(await reveal(westStaff, '了解情况'))).toBe('NOT_FOUND')
      const reveals = await db.prisma.auditLog.findMany({ where: { entityId: talentId, action: 'revealContact' } })
      expect(reveals).toMatchObject([{ actorId: county.people.eastStaff2.id, reason: '联系对接考察' }])
    },
  )

  it('merges a duplicate into the survivor, moving its projects and keeping the merged record', async () => {
    const { eastStaff, eastManager } = county.agents
    const survivor = await talentWithProject(eastStaff, { name: '周九', phone: '13955556666', employer: null })
    const duplicate = await talentWithProject(eastStaff, {
      name: '周九',
      phone: null,
      employer: '复旦大学',
      email: 'zhou@example.cn',
    })
    const merge = (agent: typeof eastStaff, reason: string) =>
      mutate(agent, MergeTalents, { ...op(), survivorId: survivor.talentId, mergedId: duplicate.talentId, reason })
    expect((await merge(eastStaff, '同一人')).code).toBe('FORBIDDEN')
    const merged = await merge(eastManager, '同一人，重复登记')
    expect(merged.errors).toBeUndefined()
    expect(merged.data).toMatchObject({ employer: '复旦大学', email: 'zhou@example.cn' })
    expect(merged.data!.projects.map((p) => p.uuid).sort()).toEqual([survivor.projectId, duplicate.projectId].sort())
    expect(await db.prisma.talent.findUniqueOrThrow({ where: { id: duplicate.talentId } })).toMatchObject({
      mergedIntoId: survivor.talentId,
    })
    expect(
      await db.prisma.auditLog.findFirst({ where: { entityId: duplicate.talentId, action: 'mergeTalents' } }),
    ).toMatchObject({ reason: '同一人，重复登记' })
  })

  it('finds talents by name, phone, employer or field, within what the user may see', async () => {
    const { eastStaff, westStaff } = county.agents
    await talentWithProject(eastStaff, {
      name: '吴十',
      phone: '13966667777',
      employer: '中科院宁波材料所',
      field: '碳纤维',
    })
    const found = async (agent: typeof eastStaff, search: string) =>
      (await agent.request(TalentSearchQuery, { search })).data?.talents.edges
    for (const term of ['吴十', '6666777', '宁波材料', '碳纤维'])
      expect(await found(eastStaff, term)).toEqual([{ node: { name: '吴十' } }])
    expect(await found(westStaff, '吴十')).toEqual([])
  })

  it('updates a talent under its version, for the unit that follows it only', async () => {
    const { eastStaff, eastManager, westStaff } = county.agents
    const { talentId } = await talentWithProject(eastStaff, { name: '郑十一', phone: '13977778888' })
    const update = (agent: typeof eastStaff, version: number, title: string) =>
      mutate(agent, UpdateTalent, { ...op(), id: talentId, version, title })
    expect((await update(eastManager, 1, '教授')).data).toEqual({
      id: expect.any(String),
      uuid: talentId,
      version: 2,
      title: '教授',
      phone: '13977778888',
    })
    expect((await update(eastStaff, 1, '研究员')).code).toBe('CONFLICT')
    expect((await update(westStaff, 2, '研究员')).code).toBe('NOT_FOUND')
    expect(
      (await mutate(eastStaff, UpdateTalent, { ...op(), id: talentId, version: 2, phone: '12345' })).message,
    ).toMatch(/电话号码格式不正确/)
    expect(await db.prisma.talent.findUniqueOrThrow({ where: { id: talentId } })).toMatchObject({
      title: '教授',
      phone: '+8613977778888',
      version: 2,
    })
  })
})
