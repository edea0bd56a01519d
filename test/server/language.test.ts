// A user's language: chosen once, remembered on the server, and followed by the server's messages and the
// 台账 it writes; before sign-in the browser's Accept-Language decides. An English 台账 comes back in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { uuidv7 } from 'uuidv7'
import { openTestDatabase, type TestDatabase } from '../support/database.ts'
import { mutate, smallCounty } from '../support/pipeline.ts'
import { ChangePassword } from '../support/account-documents.ts'
import { MyLocale, SetMyLocale } from '../support/language-documents.ts'
import ExcelJS from 'exceljs'
import { commit, exportLedger, preview, sheetValues } from '../support/ledger-files.ts'
import { createApi } from '../support/api.ts'
import { graphql } from '../support/graphql.ts'

const Login = graphql(`
  mutation LoginAttempt($login: String!, $password: String!) {
    login(login: $login, password: $password) {
      id
    }
  }
`)

let db: TestDatabase
let county: Awaited<ReturnType<typeof smallCounty>>

beforeAll(async () => {
  db = await openTestDatabase()
  county = await smallCounty(db.prisma)
  const { east } = county.units
  const talent = await db.prisma.talent.create({ data: { name: '张伟', phone: '13800000001', talentClass: 'B' } })
  await db.prisma.project.create({
    data: {
      title: '高性能复合材料中试',
      talentId: talent.id,
      unitId: east.id,
      creditUnitId: east.id,
      stage: 'CONTACTED',
      sourceChannel: 'REFERRAL',
      createdById: county.people.admin.id,
    },
  })
})
afterAll(() => db?.close())

/** The one project's row edited in Excel, cells found by their English header. */
async function editInEnglish(content: Buffer, set: Record<string, string>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(content as unknown as ArrayBuffer)
  const sheet = workbook.worksheets[0]!
  const headers = (sheet.getRow(3).values as unknown[]).map((value) => String(value ?? ''))
  for (const [header, value] of Object.entries(set)) sheet.getRow(4).getCell(headers.indexOf(header)).value = value
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

const auditEntries = (userId: string) =>
  db.prisma.auditLog.count({ where: { action: 'setMyLocale', entityId: userId } })

describe('choosing a language', () => {
  it('is zh-CN until chosen, then remembered; a replay changes nothing a second time', async () => {
    const { eastStaff } = county.agents
    expect((await eastStaff.request(MyLocale)).data?.me?.locale).toBe('zh-CN')
    const clientMutationId = uuidv7()
    const chosen = await mutate(eastStaff, SetMyLocale, { clientMutationId, locale: 'en' })
    expect(chosen.data?.locale).toBe('en')
    expect((await eastStaff.request(MyLocale)).data?.me?.locale).toBe('en')
    // The same write again (the phone did not hear the answer) with a different body is the first write.
    const replay = await mutate(eastStaff, SetMyLocale, { clientMutationId, locale: 'zh-CN' })
    expect(replay.data?.locale).toBe('en')
    expect(await auditEntries(county.people.eastStaff.id)).toBe(1)
    await mutate(eastStaff, SetMyLocale, { clientMutationId: uuidv7(), locale: 'zh-CN' })
    expect((await eastStaff.request(MyLocale)).data?.me?.locale).toBe('zh-CN')
  })

  it('refuses a language the product does not speak, and writes nothing', async () => {
    const { eastStaff2 } = county.agents
    const refused = await mutate(eastStaff2, SetMyLocale, { clientMutationId: uuidv7(), locale: 'fr' })
    expect(refused.code).toBe('BAD_USER_INPUT')
    expect(refused.message).toBe('不支持该语言，请选择中文（zh-CN）或 English（en）')
    expect((await eastStaff2.request(MyLocale)).data?.me?.locale).toBe('zh-CN')
    expect(await auditEntries(county.people.eastStaff2.id)).toBe(0)
  })
})

describe('the server’s messages', () => {
  it('are English for a user who chose English and Chinese for the others', async () => {
    const { westStaff, westManager } = county.agents
    await mutate(westStaff, SetMyLocale, { clientMutationId: uuidv7(), locale: 'en' })
    const wrong = { currentPassword: 'not-my-password-1', newPassword: 'a-new-password-2' }
    const english = await westStaff.request(ChangePassword, wrong)
    expect(english.errors?.[0]?.message).toBe('The current password is incorrect')
    expect(english.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'currentPassword', message: 'The current password is incorrect' }],
    })
    const chinese = await westManager.request(ChangePassword, wrong)
    expect(chinese.errors?.[0]?.message).toBe('当前密码不正确')

    const badChoice = await mutate(westStaff, SetMyLocale, { clientMutationId: 'not-a-uuid', locale: 'en' })
    expect(badChoice.message).toBe('Operation id is malformed (a UUID is expected)')
  })

  it('follow the browser’s language before sign-in', async () => {
    const stranger = createApi(db.prisma).agent('10.0.0.9')
    const attempt = { login: 'nobody', password: 'wrong-password-1' }
    const english = await stranger.request(Login, attempt, { 'accept-language': 'en-GB,en;q=0.9,zh;q=0.5' })
    expect(english.errors?.[0]).toMatchObject({
      message: 'The account or password is incorrect',
      extensions: { code: 'INVALID_CREDENTIALS' },
    })
    const chinese = await stranger.request(Login, attempt, { 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' })
    expect(chinese.errors?.[0]?.message).toBe('账号或密码不正确')
  })
})

describe('the 台账 in English', () => {
  it('has English headers and values, and comes back in, edits and all', async () => {
    const { admin, eastManager } = county.agents
    await mutate(admin, SetMyLocale, { clientMutationId: uuidv7(), locale: 'en' })
    const exported = await exportLedger(admin)
    expect(exported.fileName).toMatch(/^County talent project ledger \(\d{4}-\d{2}-\d{2}\)\.xlsx$/)
    const sheet = await sheetValues(exported.content!)
    expect(sheet[0]![0]).toBe('County talent project ledger')
    expect(sheet[2]!.slice(0, 4)).toEqual(['No.', 'Project', 'Talent', 'Talent class'])
    const row = sheet.find((cells) => cells[1] === '高性能复合材料中试')!
    expect(row.slice(1, 13)).toEqual([
      '高性能复合材料中试',
      '张伟',
      'Class B',
      '13800000001',
      null,
      null,
      'Referral',
      null,
      '东部园区',
      null,
      'Contacted',
      'Active',
    ])

    const back = await preview(admin, exported.content!, exported.fileName!)
    expect(back.data?.previewLedgerImport.problems).toEqual([])
    expect(back.data?.previewLedgerImport.counts).toMatchObject({ rows: 1, invalid: 0, unchangedProjects: 1 })
    const paused = await editInEnglish(exported.content!, { Status: 'On hold', 'Status notes': '人才出国访学' })
    const imported = await commit(admin, paused, exported.fileName!)
    expect(imported.errors?.[0]?.message).toBeUndefined()
    expect(imported.data?.commitLedgerImport.counts).toMatchObject({ invalid: 0, updatedProjects: 1 })
    await expect(db.prisma.project.findFirstOrThrow({ select: { status: true } })).resolves.toEqual({
      status: 'ON_HOLD',
    })

    const chinese = await sheetValues((await exportLedger(eastManager)).content!)
    expect(chinese[2]!.slice(0, 3)).toEqual(['序号', '项目名称', '人才姓名'])
    expect(chinese.find((cells) => cells[1] === '高性能复合材料中试')!.slice(11, 13)).toEqual(['接洽', '暂缓'])
  })
})
