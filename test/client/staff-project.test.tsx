// A project's page on the phone: where it stands, the talent with masked contact data, one timeline of
// follow-ups, stage changes, signing and landing (newest first), the user's unsynced writes on top marked
// 未同步 (or 同步失败, with the way to /sync), and the project's support requests.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, within } from '@solidjs/testing-library'
import { Route } from '@solidjs/router'
import ProjectDetailRoute from '../../client/src/staff/project-detail.tsx'
import { enqueueWrite } from '../../client/src/outbox/index.ts'
import { openOutboxDb } from '../../client/src/outbox/db.ts'
import { logActivityWrite, moveStageWrite, recordSigningWrite } from '../../client/src/staff/project-writes.ts'
import {
  clearOutbox,
  outboxShows,
  projectFixture,
  projectNodeId,
  projectUuid,
  renderAt,
  screen,
  signInOffline,
  staff,
} from './staff-harness.tsx'

const signing = {
  __typename: 'Signing',
  id: 'U2lnbmluZzox',
  signedAt: '2026-11-22',
  agreementKind: 'INVESTMENT',
  investmentAgreed: '3000',
  supportFunds: '200',
  supportSpaceM2: null,
  supportApartments: 2,
  supportOther: null,
  conditions: null,
}
const supportRequests = () => ({
  supportRequests: {
    __typename: 'SupportRequestConnection',
    edges: [
      {
        __typename: 'SupportRequestEdge',
        node: {
          __typename: 'SupportRequest',
          id: 'U3VwcG9ydDox',
          uuid: '0190b111-0000-7000-8000-0000000000cc',
          category: 'HIRING',
          description: '急需招聘 20 名技术工人',
          status: 'ASSIGNED',
          dueAt: '2026-11-10T15:59:59.999Z',
          overdue: true,
          department: { __typename: 'Unit', id: 'VW5pdDpocnNz', name: '人社局' },
        },
      },
    ],
  },
})

function renderProject(project: Record<string, unknown> = {}, reveals: Record<string, unknown>[] = []) {
  const asked: Record<string, unknown>[] = []
  renderAt(
    `/projects/${projectUuid}`,
    {
      StaffProject: (variables) => {
        asked.push(variables)
        return { node: projectFixture(project) }
      },
      StaffProjectSupportRequests: supportRequests,
      StaffRevealContact: (variables) => {
        reveals.push(variables)
        return {
          revealContact: { __typename: 'TalentContact', phone: '13900001111', email: 'lisi@zju.edu.cn', wechat: null },
        }
      },
    },
    () => <Route path="/projects/:id" component={ProjectDetailRoute} />,
  )
  return asked
}

beforeAll(signInOffline)
beforeEach(clearOutbox)
afterEach(cleanup)

describe('项目详情', () => {
  it(
    'shows where the project stands, the masked contact with a way to reveal it, the events the talent ' +
      'attended, and its support requests',
    async () => {
      const asked = renderProject({ signing, stage: 'SIGNED' })
      expect((await screen.findByTestId('project-stage')).textContent).toBe('签约')
      expect(asked).toEqual([{ id: projectNodeId }])
      expect(screen.getByRole('img', { name: '黄灯：即将到期' })).toBeTruthy()
      expect(screen.getByText('刘洋')).toBeTruthy()
      expect(screen.getByTestId('talent-contact').textContent).toContain('139****1111')
      expect(screen.getByRole('button', { name: '查看联系方式' })).toBeTruthy()
      expect(screen.getByTestId('talent-events').textContent).toBe('2026-04-18 · 人才看县域·春季行')
      expect(within(screen.getByTestId('signing-facts')).getByText('投资协议')).toBeTruthy()

      const requests = await screen.findByTestId('project-support-requests')
      await within(requests).findByText('急需招聘 20 名技术工人')
      expect(requests.textContent).toContain('招工 · 已交办')
      expect(requests.textContent).toContain('已超期')
      expect(requests.textContent).toContain('人社局')
      expect(within(requests).getByRole('link', { name: '查看全部诉求' }).getAttribute('href')).toBe(
        `/requests?projectId=${projectUuid}`,
      )
      expect(within(requests).getByRole('link', { name: '登记诉求' }).getAttribute('href')).toBe(
        `/projects/${projectUuid}/requests/new`,
      )
    },
  )

  it('reveals the contact data only with a reason, and keeps it on the screen', async () => {
    const reveals: Record<string, unknown>[] = []
    renderProject({}, reveals)
    fireEvent.click(await screen.findByRole('button', { name: '查看联系方式' }))
    fireEvent.click(screen.getByRole('button', { name: '查看' }))
    expect(await screen.findByText('请填写查看原因')).toBeTruthy()
    fireEvent.input(screen.getByLabelText(/查看原因/), { target: { value: '约定考察时间' } })
    fireEvent.click(screen.getByRole('button', { name: '查看' }))
    await screen.findByText('以上为完整联系方式，本次查看已记入审计日志。')
    expect(
      within(screen.getByTestId('talent-contact')).getByRole('link', { name: '13900001111' }).getAttribute('href'),
    ).toBe('tel:13900001111')
    expect(screen.getByTestId('talent-contact').textContent).toContain('lisi@zju.edu.cn')
    expect(reveals).toEqual([{ talentId: '0190b111-0000-7000-8000-0000000000aa', reason: '约定考察时间' }])
  })

  it('merges follow-ups, stage changes and the signing into one timeline, newest first', async () => {
    renderProject({ signing, stage: 'SIGNED' })
    const items = await screen.findAllByTestId('timeline-item')
    expect(items.map((item) => item.textContent?.replace(/^[\d/]+( \d\d:\d\d)?/, ''))).toEqual([
      '签约：投资协议 · 协议投资 3000 万元',
      // The user logged it: they may correct it (修改).
      '走访/考察 · 张婷 修改陪同考察东部园区孵化器下一步：准备投资协议草稿下次跟进：2026/11/26',
      '阶段：考察 → 洽谈 · 张婷',
      '立项（线索） · 张婷',
    ])
  })

  it(
    'puts the user’s unsynced writes of the project on top, marked 未同步, and failed ones 同步失败 with a link to ' +
      '/sync',
    async () => {
      const db = await openOutboxDb()
      const failed = recordSigningWrite(projectUuid, { signedAt: '2026-11-23', agreementKind: 'INVESTMENT' }, staff.id)
      const stored = await db.add(failed)
      await db.put({
        ...stored,
        status: 'failed',
        attempts: 1,
        lastError: { code: 'FORBIDDEN', message: '只有项目负责人、协助跟进人员和单位负责人可以修改项目' },
      })
      db.close()
      await enqueueWrite(moveStageWrite(projectUuid, { version: 4, to: 'SIGNED', reason: null }, staff.id))
      await enqueueWrite(
        logActivityWrite(
          projectUuid,
          { kind: 'MEETING', occurredAt: new Date().toISOString(), summary: '洽谈投资协议条款' },
          staff.id,
        ),
      )
      await outboxShows(3)
      renderProject()

      const pending = await screen.findAllByTestId('pending-write')
      expect(pending.map((item) => item.textContent)).toEqual([
        '未同步 跟进（洽谈会）：洽谈投资协议条款等待前一条失败的记录处理',
        '未同步 阶段调整为“签约”等待前一条失败的记录处理',
        '同步失败 登记签约（2026/11/23）只有项目负责人、协助跟进人员和单位负责人可以修改项目去处理',
      ])
      expect(within(pending[2]!).getByRole('link', { name: '去处理' }).getAttribute('href')).toBe('/sync')
      // The stage the waiting move leads to shows beside the server's.
      expect(screen.getByTestId('project-stage').parentElement!.textContent).toBe('洽谈 → 签约 未同步')
    },
  )
})
