// A small county for pipeline tests: two parks, people of each role, and helpers that speak GraphQL.
import { uuidv7 } from 'uuidv7'
import type { TadaDocumentNode } from 'gql.tada'
import type { PrismaClient } from '../../server/src/generated/prisma/client.ts'
import { createApi } from './api.ts'
import { createUnit, createUser } from './fixtures.ts'
import { CreateProject, CreateTalent } from './documents.ts'
import type { VariablesOf } from './graphql.ts'

export type Agent = ReturnType<ReturnType<typeof createApi>['agent']>

export async function smallCounty(prisma: PrismaClient) {
  const api = createApi(prisma)
  const east = await createUnit(prisma, '东部园区')
  const west = await createUnit(prisma, '西部园区')
  const office = await createUnit(prisma, '人才办', 'OFFICE')
  const hrss = await createUnit(prisma, '人社局', 'DEPARTMENT')
  const people = {
    eastStaff: await createUser(prisma, 'east.staff', 'STAFF', east.id),
    eastStaff2: await createUser(prisma, 'east.staff2', 'STAFF', east.id),
    eastManager: await createUser(prisma, 'east.manager', 'PARK_MANAGER', east.id),
    eastHead: await createUser(prisma, 'east.head', 'UNIT_LEADER', east.id),
    westStaff: await createUser(prisma, 'west.staff', 'STAFF', west.id),
    westManager: await createUser(prisma, 'west.manager', 'PARK_MANAGER', west.id),
    leader: await createUser(prisma, 'leader', 'LEADER', office.id),
    admin: await createUser(prisma, 'admin', 'ADMIN', office.id),
    hrss: await createUser(prisma, 'hrss', 'DEPARTMENT', hrss.id),
  }
  const agents = {} as Record<keyof typeof people, Agent>
  for (const key of Object.keys(people) as (keyof typeof people)[])
    agents[key] = await api.agent().login(people[key].login)
  return { api, units: { east, west, office, hrss }, people, agents }
}

/** Runs a typed mutation that takes `input` and returns its one root field's data, or the errors. */
export async function mutate<Result, Input>(
  agent: Agent,
  document: TadaDocumentNode<Result, { input: Input }>,
  input: Input,
) {
  const result = await agent.request(document, ...([{ input }] as never as [{ input: Input }]))
  return {
    data: (result.data ? Object.values(result.data)[0] : undefined) as Result[keyof Result] | undefined,
    errors: result.errors,
    code: result.errors?.[0]?.extensions?.code as string | undefined,
    message: result.errors?.[0]?.message,
  }
}

export const ids = () => ({ clientMutationId: uuidv7(), id: uuidv7() })
export const op = () => ({ clientMutationId: uuidv7() })

/** The Relay global id node(id) takes: base64 of `Type:uuid`. */
export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64')

let phones = 0
/** A mainland mobile no other call returns: one talent's number, so that unrelated talents never share a claim. */
export const uniquePhone = () =>
  `1390${String(process.pid % 1000).padStart(3, '0')}${String(phones++ % 10_000).padStart(4, '0')}`

/** A talent and a project led by them, created through the API by `agent`. */
export async function talentWithProject(agent: Agent, talent: Partial<VariablesOf<typeof CreateTalent>['input']> = {}) {
  const created = await mutate(agent, CreateTalent, {
    ...ids(),
    name: '李四',
    phone: uniquePhone(),
    employer: '浙江大学',
    allowDuplicate: true,
    ...talent,
  })
  if (!created.data) throw new Error(`createTalent: ${created.message}`)
  const project = await mutate(agent, CreateProject, {
    ...ids(),
    talentId: created.data.uuid,
    title: '新材料中试基地',
    sourceChannel: 'UNIVERSITY',
  })
  if (!project.data) throw new Error(`createProject: ${project.message}`)
  return { talentId: created.data.uuid, projectId: project.data.uuid, version: project.data.version }
}
