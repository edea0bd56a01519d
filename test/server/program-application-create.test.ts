// Creating a program application: once per talent, program and year however the copies arrive, for a talent
// the user reaches and their own unit; and another unit never sees or changes an east-park application.
import { describe, expect, it } from 'vitest'
import { graphql } from '../support/graphql.ts'
import { globalId, ids, mutate, op, talentWithProject, type Agent } from '../support/pipeline.ts'
import { programCounty } from '../support/program-county.ts'
import { CreateProgramApplication, UpdateProgramApplication } from '../support/program-documents.ts'

const { db, county, province, city, apply, moveTo } = programCounty()

const ApplicationReachQuery = graphql(`
  query ApplicationReach($id: ID!) {
    programApplications(first: 100) {
      edges {
        node {
          uuid
        }
      }
    }
    node(id: $id) {
      id
      ... on ProgramApplication {
        status
      }
    }
  }
`)
const NodeQuery = graphql(`
  query Node($id: ID!) {
    node(id: $id) {
      id
    }
  }
`)
const TalentApplicationsQuery = graphql(`
  query TalentApplications($id: ID!) {
    node(id: $id) {
      ... on Talent {
        programApplications {
          uuid
          program {
            name
          }
        }
      }
    }
  }
`)

describe('creating an application', () => {
  it('refuses a second application of the same talent to the same program in the same year, in Chinese', async () => {
    const { talentId } = await talentWithProject(county().agents.eastStaff, { name: '王四', phone: '13500000004' })
    expect((await apply(county().agents.eastStaff, { talentId })).errors).toBeUndefined()
    const before = await db().prisma.auditLog.count()
    const again = await apply(county().agents.eastManager, { talentId })
    expect(again).toMatchObject({
      code: 'CONFLICT',
      message: '王四已在 2026 年申报“省双创计划”，同一人才工程每年只能申报一次（申报单位：东部园区）',
    })
    expect(await db().prisma.programApplication.count({ where: { talentId } })).toBe(1)
    expect(await db().prisma.auditLog.count()).toBe(before)
    expect((await apply(county().agents.eastStaff, { talentId, year: 2027 })).errors).toBeUndefined()
  })

  it(
    'lets one of several different applications for the same talent arriving at once win, the others get the ' +
      'Chinese CONFLICT',
    async () => {
      const { talentId } = await talentWithProject(county().agents.eastStaff, { name: '钱四', phone: '13500000010' })
      const results = await Promise.all(
        [county().agents.eastStaff, county().agents.eastManager, county().agents.eastHead].map((agent) =>
          apply(agent, { talentId, programId: city() }),
        ),
      )
      expect(results.filter((result) => result.data)).toHaveLength(1)
      for (const result of results.filter((result) => result.errors)) {
        expect(result).toMatchObject({
          code: 'CONFLICT',
          message: expect.stringMatching(/^钱四已在 2026 年申报“市双创计划”，同一人才工程每年只能申报一次/),
        })
      }
      expect(await db().prisma.programApplication.count({ where: { talentId } })).toBe(1)
    },
  )

  it('answers a replay with the first result, also when the copies arrive at once', async () => {
    const { talentId } = await talentWithProject(county().agents.eastStaff, { name: '冯五', phone: '13500000005' })
    const input = { ...ids(), programId: province(), year: 2026, talentId }
    const first = await mutate(county().agents.eastStaff, CreateProgramApplication, input)
    const again = await mutate(county().agents.eastStaff, CreateProgramApplication, input)
    expect(again).toMatchObject({ data: { uuid: first.data!.uuid }, errors: undefined })

    const { talentId: other } = await talentWithProject(county().agents.eastStaff, {
      name: '陈六',
      phone: '13500000006',
    })
    const burst = { ...ids(), programId: province(), year: 2026, talentId: other }
    const results = await Promise.all(
      Array.from({ length: 5 }, () => mutate(county().agents.eastStaff, CreateProgramApplication, burst)),
    )
    for (const result of results) expect(result).toMatchObject({ data: { uuid: burst.id }, errors: undefined })
    expect(await db().prisma.programApplication.count({ where: { talentId: { in: [talentId, other] } } })).toBe(2)
    expect(await db().prisma.auditLog.count({ where: { entityId: burst.id } })).toBe(1)
  })

  it(
    'needs a talent the user reaches, ' + 'their own unit unless they are the talent office, and a valid year',
    async () => {
      const east = await talentWithProject(county().agents.eastStaff, { name: '褚七', phone: '13500000007' })
      const before = await db().prisma.programApplication.count()
      expect((await apply(county().agents.westStaff, { talentId: east.talentId })).message).toBe('人才不存在或无权查看')
      expect(
        (await apply(county().agents.eastStaff, { talentId: east.talentId, unitId: county().units.west.id })).code,
      ).toBe('FORBIDDEN')
      expect(await apply(county().agents.eastStaff, { talentId: east.talentId, year: 1999 })).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: '申报年度不正确',
      })
      const west = await talentWithProject(county().agents.westStaff, { name: '卫八', phone: '13500000008' })
      expect(
        (await apply(county().agents.westStaff, { talentId: west.talentId, projectId: east.projectId })).code,
      ).toBe('BAD_USER_INPUT')
      expect(await db().prisma.programApplication.count()).toBe(before)
      const byOffice = await apply(county().agents.admin, { talentId: east.talentId, unitId: county().units.east.id })
      expect(byOffice.data).toMatchObject({ unit: { name: '东部园区' }, status: 'RESERVE' })
    },
  )

  it('lets the talent office file for a park, a town or itself, never a department or a retired unit', async () => {
    const { talentId } = await talentWithProject(county().agents.eastStaff, { name: '韩十', phone: '13500000010' })
    const retired = await db().prisma.unit.create({
      data: { kind: 'TOWN', name: '旧城镇', code: 'OLD_TOWN', retiredAt: new Date('2026-01-01T00:00:00Z') },
    })
    const before = await db().prisma.programApplication.count()
    expect(await apply(county().agents.admin, { talentId, unitId: county().units.hrss.id })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: '申报单位须是园区、镇街或人才办',
    })
    expect(await apply(county().agents.admin, { talentId, unitId: retired.id })).toMatchObject({
      code: 'BAD_USER_INPUT',
      message: '该单位已撤销，不能再登记申报',
    })
    expect(await db().prisma.programApplication.count()).toBe(before)
    const own = await apply(county().agents.admin, { talentId, unitId: county().units.office.id })
    expect(own.data).toMatchObject({ unit: { name: '人才办' } })
  })
})

describe('another unit', () => {
  it('cannot see or change an east-park application, by list, node(id), the talent or a mutation', async () => {
    const { talentId } = await talentWithProject(county().agents.eastStaff, { name: '蒋九', phone: '13500000009' })
    const id = (await apply(county().agents.eastStaff, { talentId })).data!.uuid
    const seen = async (agent: Agent) => {
      const result = await agent.request(ApplicationReachQuery, { id: globalId('ProgramApplication', id) })
      return {
        listed: result.data?.programApplications.edges.some((edge) => edge.node.uuid === id),
        byNode: Boolean(result.data?.node),
      }
    }
    expect(await seen(county().agents.eastStaff2)).toEqual({ listed: true, byNode: true })
    expect(await seen(county().agents.leader)).toEqual({ listed: true, byNode: true })
    expect(await seen(county().agents.westManager)).toEqual({ listed: false, byNode: false })
    expect(
      (await county().agents.hrss.request(NodeQuery, { id: globalId('ProgramApplication', id) })).data?.node,
    ).toBeNull()
    for (const change of [
      moveTo(county().agents.westManager, id, 1, 'COACHING'),
      mutate(county().agents.westStaff, UpdateProgramApplication, { ...op(), id, version: 1, note: '改' }),
    ]) {
      expect(await change).toMatchObject({ code: 'NOT_FOUND', message: '申报不存在或无权查看' })
    }
    expect((await db().prisma.programApplication.findUniqueOrThrow({ where: { id } })).version).toBe(1)
    const onTalent = await county().agents.eastManager.request(TalentApplicationsQuery, {
      id: globalId('Talent', talentId),
    })
    expect(onTalent.data?.node).toEqual({ programApplications: [{ uuid: id, program: { name: '省双创计划' } }] })
  })
})
