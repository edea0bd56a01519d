// A county leader's dashboard: the units ranked overall and within their kind, each one's completion, the
// indicators behind a lagging unit, and the projects behind a number.
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, waitFor, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import LeaderArea from '../../client/src/leader/area.tsx'
import { renderAt, screen } from './staff-harness.tsx'
import { answers, eastHead, leader, signedUuid, signIn, unitUuid } from './leader-fixtures.ts'

function renderLeader(path: string) {
  renderAt(path, answers, () => (
    <>
      <Route path="/dashboard/*" component={LeaderArea} />
      <Route path="/reports/*" component={LeaderArea} />
      <Route path="/projects/:id" component={() => <p data-testid="project-screen">项目页</p>} />
    </>
  ))
}

const rowTexts = () => screen.getAllByTestId('ranking-row').map((row) => within(row).getByRole('rowheader').textContent)

afterEach(cleanup)

describe('the leader dashboard', () => {
  it('ranks the units by total, with score, bonus, completion and last year’s total', async () => {
    signIn(leader)
    renderLeader('/dashboard')
    await screen.findAllByTestId('ranking-row')
    expect(rowTexts()).toEqual(['东部园区', '西部园区', '城关镇'])
    const east = screen.getAllByTestId('ranking-row')[0]!
    const cells = within(east)
      .getAllByRole('cell')
      .map((cell) => cell.textContent)
    // rank, total, score, bonus, 双招双引, completion (17.5 of 25 points), last year, lagging count
    expect(cells).toEqual(['1', '22.5', '17.5', '5', '0', '70%', '20', '1'])
    expect(screen.getByTestId('as-of').textContent).toBe('截至 2026-11-30，时间进度 91.7%')
  })

  it('ranks within a kind: parks with parks, towns with towns', async () => {
    signIn(leader)
    renderLeader('/dashboard')
    await screen.findAllByTestId('ranking-row')
    fireEvent.click(screen.getByRole('button', { name: '镇街' }))
    expect(rowTexts()).toEqual(['城关镇'])
    expect(within(screen.getAllByTestId('ranking-row')[0]!).getAllByRole('cell')[0]!.textContent).toBe('1')
    fireEvent.click(screen.getByRole('button', { name: '园区' }))
    expect(rowTexts()).toEqual(['东部园区', '西部园区'])
    expect(screen.getByRole('button', { name: '园区' }).getAttribute('aria-pressed')).toBe('true')
  })

  it('lists the indicators behind the time elapsed, the funnel with its conversion and the months', async () => {
    signIn(leader)
    renderLeader('/dashboard')
    const lagging = await screen.findByTestId('lagging')
    expect(
      within(lagging)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['东部园区：落后 1 项人才项目签约 50%', '西部园区：落后 2 项新增人才项目线索 75%；人才项目签约 10%'])
    const signed = await screen.findByText('签约', { selector: '[data-stage="SIGNED"] th' })
    expect(
      within(signed.closest('tr')!)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['20', '75%', '14', '1'])
    expect(screen.getByTestId('trends-total').textContent).toBe('全年：线索 82，签约 6，落地 3')
    expect(screen.getByRole('img', { name: /^各单位完成度：东部园区 70%，西部园区/ })).toBeTruthy()
  })

  it('drills into a unit, then into the projects behind a number, each linking to its project', async () => {
    signIn(leader)
    renderLeader('/dashboard')
    fireEvent.click(await screen.findByRole('link', { name: '东部园区' }))
    const table = await screen.findByTestId('unit-indicators')
    const signedRow = within(table)
      .getAllByTestId('indicator-row')
      .find((row) => row.dataset.code === 'SIGNED')!
    expect(within(signedRow).getByRole('rowheader').textContent).toBe('人才项目签约权重 15 分落后')
    expect(
      within(signedRow)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['10', '5', '50%', '7.5', '0', '1'])
    expect(screen.getByTestId('unit-summary').textContent).toContain('总分 22.5 · 全县第 1')
    expect(screen.queryByRole('link', { name: '本单位项目台账（导出 Excel）' })).toBeNull()

    fireEvent.click(within(signedRow).getByRole('link', { name: '人才项目签约完成 5，查看计入明细' }))
    await screen.findAllByTestId('breakdown-item')
    expect(screen.getByTestId('indicator-heading').textContent).toBe('东部园区 · 人才项目签约')
    const [project, hidden] = screen.getAllByTestId('breakdown-item')
    expect(project!.textContent).toContain('李四团队新材料中试基地')
    expect(project!.textContent).toContain('李四 · 2026-11-02 · 计 1')
    expect(hidden!.textContent).toContain('其他单位的项目（无权查看详情）')
    expect(within(project!).getByRole('link').getAttribute('href')).toBe(`/projects/${signedUuid}`)
    fireEvent.click(within(project!).getByRole('link'))
    expect(await screen.findByTestId('project-screen')).toBeTruthy()
  })

  it('opens a unit head’s own unit at /dashboard/units/mine, marked in the ranking', async () => {
    signIn(eastHead)
    renderLeader('/dashboard/units/mine')
    await screen.findByTestId('unit-indicators')
    expect(screen.getByTestId('unit-summary').textContent).toContain('园区第 1')
    expect(screen.getByRole('link', { name: '本单位项目台账（导出 Excel）' }).getAttribute('href')).toBe('/ledger')
    cleanup()
    // The fixtures' answers are of 2026: ask for that year, whatever year the clock is in.
    renderLeader('/dashboard?year=2026')
    await screen.findAllByTestId('ranking-row')
    const mine = screen.getAllByTestId('ranking-row').find((row) => row.dataset.unit === unitUuid.east)!
    expect(mine.textContent).toContain('本单位')
    await waitFor(() => expect(screen.getByTestId('funnel').textContent).toContain('线索'))
    expect(screen.getByText('本单位 2026 年登记的项目')).toBeTruthy()
  })
})
