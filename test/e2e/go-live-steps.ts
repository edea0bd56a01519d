// What the talent office does on its screens to set a county up, step by step (the go-live test): units and
// accounts on 单位与人员, a person's first sign-in with the one-time password, the year's 考核方案 with its
// indicators and rates, and the targets, one unit in the form and every other by the downloaded sheet.
import ExcelJS from 'exceljs'
import type { Page } from 'playwright-core'

export interface NewUnit {
  name: string
  code: string
  kind: '园区' | '镇街' | '职能部门'
}

export async function createUnit(page: Page, unit: NewUnit) {
  await page.getByLabel('单位名称').fill(unit.name)
  await page.getByLabel('单位代码').fill(unit.code)
  await page.getByLabel('单位类型').selectOption({ label: unit.kind })
  await page.getByRole('button', { name: '新建单位' }).click()
  await page.getByLabel('单位', { exact: true }).last().locator('option', { hasText: unit.name }).waitFor({
    state: 'attached',
  })
}

export interface NewAccount {
  login: string
  name: string
  unit: string
  role: '招才专员' | '项目负责人' | '部门经办人' | '县领导'
}

/** Creates the account and returns the one-time password the screen shows once. */
export async function createAccount(page: Page, account: NewAccount): Promise<string> {
  await page.getByLabel('账号', { exact: true }).fill(account.login)
  await page.getByLabel('姓名', { exact: true }).fill(account.name)
  await page.getByLabel('单位', { exact: true }).last().selectOption({ label: account.unit })
  await page.getByLabel('角色').selectOption({ label: account.role })
  await page.getByRole('button', { name: '新建账号' }).click()
  await page.getByTestId('issued-password').waitFor()
  const password = (await page.locator('.office-password').textContent())?.trim() ?? ''
  await page.getByRole('button', { name: '已告知，关闭' }).click()
  await page.getByRole('row').filter({ hasText: account.login }).getByText('待改初始密码').waitFor()
  return password
}

/** A new person's first sign-in: the one-time password, then their own, then their first screen. */
export async function firstSignIn(page: Page, baseUrl: string, login: string, oneTime: string, own: string) {
  await page.goto(`${baseUrl}/login`)
  await page.getByLabel('账号').fill(login)
  await page.getByLabel('密码').fill(oneTime)
  await page.getByRole('button', { name: '登录' }).click()
  await page.waitForURL(/\/password$/)
  await page.getByLabel('一次性密码').fill(oneTime)
  await page.getByLabel('新密码', { exact: true }).fill(own)
  await page.getByLabel('再次输入新密码').fill(own)
  await page.getByRole('button', { name: '保存新密码' }).click()
  await page.getByTestId('bottom-nav').waitFor()
}

export interface NewIndicator {
  code: string
  name: string
  metric: string
  weight: number
  kinds: ('园区' | '镇街' | '职能部门')[]
}

export async function createEmptyScheme(page: Page, baseUrl: string, year: number) {
  await page.goto(`${baseUrl}/office`)
  await page.getByTestId('workspace-assessment').click()
  await page.waitForURL(/\/office\/assessment/)
  await page.getByLabel('年度').selectOption(String(year))
  await page.getByText(`${year} 年度还没有考核方案。`).waitFor()
  await page.getByLabel('空白方案', { exact: false }).check()
  await page.getByRole('button', { name: `新建 ${year} 年度考核方案` }).click()
  await page.getByTestId('scheme-rates').waitFor()
}

export async function setRates(page: Page, rates: Record<string, number>) {
  const form = page.getByTestId('scheme-rates')
  for (const [label, value] of Object.entries(rates)) await form.getByLabel(label).fill(String(value))
  await form.getByRole('button', { name: '保存' }).click()
  await form.getByText('已保存').waitFor()
}

export async function addIndicator(page: Page, indicator: NewIndicator) {
  await page.getByRole('button', { name: '新增指标' }).click()
  const form = page.getByTestId('indicator-form')
  await form.getByLabel('指标代码').fill(indicator.code)
  await form.getByLabel('指标名称').fill(indicator.name)
  await form.getByLabel('统计口径').selectOption(indicator.metric)
  await form.getByLabel('权重（分）').fill(String(indicator.weight))
  for (const kind of ['园区', '镇街', '职能部门'] as const) {
    await form.getByLabel(kind, { exact: true }).setChecked(indicator.kinds.includes(kind))
  }
  await form.getByRole('button', { name: '保存' }).click()
  await form.waitFor({ state: 'detached' })
  await page.locator(`[data-testid="indicator-row"][data-code="${indicator.code}"]`).waitFor()
}

/** One unit's targets in the form, by indicator code. */
export async function setTargetsByForm(page: Page, unit: string, targets: Record<string, number>) {
  const row = page.locator(`[data-testid="target-row"][data-unit="${unit}"]`)
  await row.getByRole('button', { name: '填写目标' }).click()
  const form = page.getByTestId('unit-targets')
  for (const [code, value] of Object.entries(targets)) await form.locator(`#target-${code}`).fill(String(value))
  await form.getByRole('button', { name: '保存' }).click()
  await form.waitFor({ state: 'detached' })
}

/**
 * Every other unit's targets through the sheet: downloaded, filled with `value` in each cell its kind is
 * assessed on, uploaded, previewed and imported as a whole.
 */
export async function setOtherTargetsBySheet(page: Page, except: string, value: number) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '下载目标值表' }).click(),
  ])
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile((await download.path())!)
  workbook.worksheets[0]!.eachRow((row, number) => {
    if (number <= 3 || String(row.getCell(1).value) === except) return
    row.eachCell((cell, column) => {
      if (column > 1 && cell.value !== '不考核') cell.value = value
    })
  })
  await page.getByLabel('上传填好的目标值表（.xlsx）').setInputFiles({
    name: '目标值.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await workbook.xlsx.writeBuffer()),
  })
  await page.getByTestId('targets-changes').waitFor()
  await page.getByRole('button', { name: '全部导入' }).click()
  await page.getByTestId('targets-applied').waitFor()
}
