// A small county with two talent programs, the provincial and the city 双创 (province(), city()), kept by the
// talent office, and the two steps the program tests take (program-*.test.ts): an application made for a talent,
// and an application moved on. Call it at the top of a test file.
import { afterAll, beforeAll } from 'vitest'
import { openTestDatabase, type TestDatabase } from './database.ts'
import type { VariablesOf } from './graphql.ts'
import { ids, mutate, op, smallCounty, type Agent } from './pipeline.ts'
import { CreateProgram, CreateProgramApplication, MoveProgramApplication } from './program-documents.ts'

type ApplicationInput = VariablesOf<typeof CreateProgramApplication>['input']
export type ApplicationStatus = VariablesOf<typeof MoveProgramApplication>['input']['to']

export function programCounty() {
  let db: TestDatabase
  let county: Awaited<ReturnType<typeof smallCounty>>
  let province: string
  let city: string

  beforeAll(async () => {
    db = await openTestDatabase()
    county = await smallCounty(db.prisma)
    const program = async (code: string, name: string, level: 'PROVINCE' | 'CITY') =>
      (await mutate(county.agents.admin, CreateProgram, { ...ids(), code, name, level })).data!.uuid
    province = await program('JS-SC', '省双创计划', 'PROVINCE')
    city = await program('SZ-SC', '市双创计划', 'CITY')
  })
  afterAll(() => db?.close())

  /** An application for 2026 to the provincial program unless `input` says otherwise. */
  const apply = (agent: Agent, input: Partial<ApplicationInput> & { talentId: string }) =>
    mutate(agent, CreateProgramApplication, { ...ids(), programId: province, year: 2026, ...input })
  const moveTo = (agent: Agent, id: string, version: number, to: ApplicationStatus, reason?: string) =>
    mutate(agent, MoveProgramApplication, { ...op(), id, version, to, reason })

  return { db: () => db, county: () => county, province: () => province, city: () => city, apply, moveTo }
}
