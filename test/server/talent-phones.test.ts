// Numbers at home and abroad are logged and matched in one form; masked numbers cannot be read out by search.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { CreateTalent } from '../support/documents.ts'
import { graphql } from '../support/graphql.ts'
import { ids, mutate, op, smallCounty, talentWithProject, uniquePhone, type Agent } from '../support/pipeline.ts'
import { CreateLead } from '../support/talent-documents.ts'
import { contactLookupLimits } from '../../server/src/domain/contact-lookup.ts'

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
})
afterAll(() => db?.close())

const createLead = (agent: Agent, talentName: string, phone: string) =>
  mutate(agent, CreateLead, {
    ...op(),
    projectId: uuidv7(),
    talentId: uuidv7(),
    talentName,
    phone,
    sourceChannel: 'REFERRAL',
  })
const TalentSearchQuery = graphql(`
  query TalentSearch($search: String!) {
    talents(search: $search) {
      edges {
        node {
          name
          phone
        }
      }
    }
  }
`)
const found = async (agent: Agent, search: string) => {
  const result = await agent.request(TalentSearchQuery, { search })
  return {
    names: result.data?.talents.edges.map((edge) => edge.node.name),
    code: result.errors?.[0]?.extensions?.code,
    message: result.errors?.[0]?.message,
  }
}

describe('phones at home and abroad', () => {
  it.each([
    ['a Hong Kong mobile', '+852 6123 4567', '+85261234567', '+852 6123 4567'],
    ['a US number', '+1 202-555-0143', '+12025550143', '+1 202 555 0143'],
    ['a Hangzhou landline', '0571-88888888', '+8657188888888', '0571 8888 8888'],
    ['a Taiwan mobile', '+886 912 345 678', '+886912345678', '+886 912 345 678'],
  ])('logs a lead with %s, stored in E.164 and shown as people write it', async (_case, typed, stored, shown) => {
    const lead = await createLead(county.agents.eastStaff, `境外${stored}`, typed)
    expect(lead.errors).toBeUndefined()
    expect(lead.data?.talent.phone).toBe(shown)
    expect(await db.prisma.talent.findFirstOrThrow({ where: { name: `境外${stored}` } })).toMatchObject({
      phone: stored,
    })
  })

  it('refuses a number that is none, in Chinese, writing nothing', async () => {
    const lead = await createLead(county.agents.eastStaff, '错号', '12812345678')
    expect(lead.code).toBe('BAD_USER_INPUT')
    expect(lead.message).toBe('电话号码格式不正确：大陆手机号请填写11位，境外号码请以+国家代码开头')
    expect(await db.prisma.talent.count({ where: { name: '错号' } })).toBe(0)
  })

  it('sees the same number typed two ways as a duplicate, and another unit’s lead on it as claimed', async () => {
    const { eastStaff, westStaff } = county.agents
    expect((await createLead(eastStaff, '何一', '+852 9123 4567')).errors).toBeUndefined()
    const again = await mutate(eastStaff, CreateTalent, { ...ids(), name: '何壹', phone: '0085291234567' })
    expect(again.code).toBe('DUPLICATE')
    const west = await createLead(westStaff, '何壹', '00852-9123-4567')
    expect(west.code).toBe('CLAIMED')
    expect(west.message).toMatch(/东部园区/)
  })

  it('warns the same unit logging the same number twice, as it warns another unit', async () => {
    const { eastStaff, eastStaff2 } = county.agents
    const phone = uniquePhone()
    expect((await createLead(eastStaff, '何二', phone)).errors).toBeUndefined()
    const twice = await createLead(eastStaff2, '何二', `+86 ${phone}`)
    expect(twice.code).toBe('DUPLICATE')
    expect(twice.message).toMatch(/已由本单位（东部园区）跟进/)
    expect(await db.prisma.talent.count({ where: { name: '何二' } })).toBe(1)
  })
})

describe('searching by number', () => {
  it('matches number fragments only where the contact data is visible; a full number is audited', async () => {
    const { eastStaff, eastStaff2, eastManager, leader } = county.agents
    const phone = uniquePhone()
    await talentWithProject(eastStaff, { name: '许三', phone })
    // Digit by digit, as one would read out 139****3464: nothing for whom the number is masked.
    for (let length = 4; length < phone.length; length++) {
      expect((await found(eastStaff2, phone.slice(0, length))).names).toEqual([])
      expect((await found(leader, phone.slice(-length))).names).toEqual([])
    }
    expect((await found(eastStaff, phone.slice(4))).names).toEqual(['许三'])
    expect((await found(eastManager, phone.slice(4))).names).toEqual(['许三'])
    const before = await db.prisma.auditLog.count({
      where: { actorId: county.people.eastStaff2.id, action: 'lookupContact' },
    })
    const full = await eastStaff2.request(TalentSearchQuery, { search: phone })
    expect(full.data?.talents.edges).toEqual([
      { node: { name: '许三', phone: `${phone.slice(0, 3)}****${phone.slice(-4)}` } },
    ])
    expect(
      await db.prisma.auditLog.count({ where: { actorId: county.people.eastStaff2.id, action: 'lookupContact' } }),
    ).toBe(before + 1)
  })

  it('throttles full-number searches past the hourly limit', async () => {
    const { westStaff } = county.agents
    const phone = uniquePhone()
    await talentWithProject(county.agents.westManager, { name: '许四', phone })
    for (let count = 0; count < contactLookupLimits.perUser; count++)
      expect((await found(westStaff, uniquePhone())).code).toBeUndefined()
    const throttled = await found(westStaff, phone)
    expect(throttled.code).toBe('RATE_LIMITED')
    expect(throttled.message).toMatch(/过于频繁/)
    expect((await found(westStaff, '许四')).names).toEqual(['许四'])
  })
})
